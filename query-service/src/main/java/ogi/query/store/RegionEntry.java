package ogi.query.store;

import java.util.Map;

/**
 * A report's figures for the region rollups, as stored in {@code region_entries} under
 * {@code <year>|<division code>|<documentId>}: its agency, division path, Table 2's applications and outcomes,
 * Table 3's review and litigation, its findings by severity, and the report revision it was made from. A missing
 * cell is a null figure (its key still listed).
 */
public record RegionEntry(String key, String documentId, String agency, Integer year, String division,
        Map<String, Double> applications, Map<String, Double> outcomes, Map<String, Double> reviewAndLitigation,
        Map<String, Long> findings, long revision) {
}
