package ogi.query.api;

import java.util.List;
import java.util.Map;

/**
 * A region's year in figures ({@code GET /regions/{code}?year=}): applications received and carried over, the
 * outcomes (Table 2's result rows), administrative review and litigation (Table 3's columns), findings by severity,
 * and the first agencies ranked by errors, then warnings ({@code agenciesRanked} counts all of them).
 */
public record RegionYear(Area region, int year, long reports, Map<String, Double> applications,
        Map<String, Double> outcomes, Map<String, Double> reviewAndLitigation, Map<String, Long> findings,
        int agenciesRanked, List<RankedAgency> agencies) {

    /** The region: its GB/T 2260 code, its name and its path from the province down. */
    public record Area(String code, String name, String path) {
    }

    /** An agency's report of the year and its place in the ranking (1 = most errors). */
    public record RankedAgency(int rank, String agency, String documentId, String division, long errors,
            long warnings) {
    }
}
