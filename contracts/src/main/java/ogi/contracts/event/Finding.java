package ogi.contracts.event;

import java.util.List;

/**
 * One problem found in a report. {@code findingId} is deterministic: document id, rule id and location, so a
 * re-audit produces the same id and replaces rather than duplicates. {@code location} is where the finding is
 * shown; {@code cells} are all the cells the check read (both sides of a sum), so a reviewer sees every cell
 * involved.
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
        String actual,
        List<Location> cells) {

    public Finding(String findingId, String ruleId, String category, Severity severity, String messageZh,
            String messageEn, Location location, String expected, String actual) {
        this(findingId, ruleId, category, severity, messageZh, messageEn, location, expected, actual, List.of());
    }

    public static String idOf(String documentId, String ruleId, Location location) {
        return documentId + ":" + ruleId + ":" + location.key();
    }
}
