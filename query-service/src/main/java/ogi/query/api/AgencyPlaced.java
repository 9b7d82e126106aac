package ogi.query.api;

/** The answer to a division correction ({@code PUT /regions/agencies/{agency}}): where its reports now are. */
public record AgencyPlaced(String agency, String division, String code, long reportsMoved) {
}
