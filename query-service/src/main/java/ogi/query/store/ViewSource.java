package ogi.query.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the entries of a report are made from: the stored report's agency, year, division, finding counts, receipt,
 * revision, the entry keys it lists ({@code viewKeys}), and its figures for the region rollups.
 */
public record ViewSource(String documentId, String agency, Integer year, String divisionCode, String divisionPath,
        Map<String, Long> findingCounts, Instant receivedAt, long revision, List<String> viewKeys,
        Figures figures) {

    /** Table 2's applications and outcomes, Table 3's review and litigation, by row or column key. */
    public record Figures(Map<String, Double> applications, Map<String, Double> outcomes,
            Map<String, Double> reviewAndLitigation) {
    }
}
