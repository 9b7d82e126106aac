package ogi.query.store;

/** Which report and rule a stored finding belongs to. */
public record FindingRef(String findingId, String documentId, String ruleId) {
}
