package ogi.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in a report. {@code findingId} is deterministic: document id, rule id and location, so a
 * re-audit produces the same id and replaces rather than duplicates. {@code location} is where the finding is
 * shown; {@code cells} are all the cells the check read (both sides of a sum), so a reviewer sees every cell
 * involved. {@code related} (added within schema version 1, absent when null) is the other report a finding compares
 * this one with (PROSE-004: the report of another agency a section is a near-duplicate of).
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
        List<Location> cells,
        @JsonInclude(JsonInclude.Include.NON_NULL) RelatedReport related) {

    /** A finding that names no other report. */
    public Finding(String findingId, String ruleId, String category, Severity severity, String messageZh,
            String messageEn, Location location, String expected, String actual, List<Location> cells) {
        this(findingId, ruleId, category, severity, messageZh, messageEn, location, expected, actual, cells, null);
    }

    public Finding(String findingId, String ruleId, String category, Severity severity, String messageZh,
            String messageEn, Location location, String expected, String actual) {
        this(findingId, ruleId, category, severity, messageZh, messageEn, location, expected, actual, List.of());
    }

    public static String idOf(String documentId, String ruleId, Location location) {
        return documentId + ":" + ruleId + ":" + location.key();
    }
}
