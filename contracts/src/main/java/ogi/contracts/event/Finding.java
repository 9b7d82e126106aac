package ogi.contracts.event;

/**
 * One problem found in a report. {@code findingId} is deterministic: document id, rule id and location, so a
 * re-audit produces the same id and replaces rather than duplicates.
 */
public record Finding(
        String findingId,
        String ruleId,
        String category,
        Severity severity,
        String messageZh,
        String messageEn,
        Location location,
        String expected,
        String actual) {

    public static String idOf(String documentId, String ruleId, Location location) {
        return documentId + ":" + ruleId + ":" + location.key();
    }
}
