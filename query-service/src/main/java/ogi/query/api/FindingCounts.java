package ogi.query.api;

/** A report's findings counted by severity. */
public record FindingCounts(Long info, Long warning, Long error) {
}
