package ogi.query.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * A region's year as {@code GET /regions/{code}?year=} answers it ({@code RegionRollup.of}), typed for the region's
 * audit document: the region, the number of reports, the summed figures by template key, the findings by severity
 * and the agencies ranked by errors, then warnings.
 */
public record RegionYear(Area region, int year, long reports, Map<String, Double> applications,
        Map<String, Double> outcomes, Map<String, Double> reviewAndLitigation, Map<String, Long> findings,
        int agenciesRanked, List<RankedAgency> agencies) {

    /** The region: its GB/T 2260 code, name and path from the province down. */
    public record Area(String code, String name, String path) {
    }

    /** An agency's place in the ranking, with its report and its error and warning counts. */
    public record RankedAgency(int rank, String agency, String documentId, String division, long errors,
            long warnings) {
    }

    /** From the rollup's document. */
    public static RegionYear from(Document rollup) {
        Document region = Stored.document(rollup, "region");
        return new RegionYear(new Area(Stored.text(region, "code"), Stored.text(region, "name"),
                Stored.text(region, "path")), orZero(Stored.intValue(rollup, "year")), orZero(Stored.longValue(rollup, "reports")),
                numbers(Stored.document(rollup, "applications")), numbers(Stored.document(rollup, "outcomes")),
                numbers(Stored.document(rollup, "reviewAndLitigation")), counts(Stored.document(rollup, "findings")),
                orZero(Stored.intValue(rollup, "agenciesRanked")),
                Stored.documents(rollup, "agencies").stream().map(a -> new RankedAgency(orZero(Stored.intValue(a, "rank")),
                        Stored.text(a, "agency"), Stored.text(a, "documentId"), Stored.text(a, "division"),
                        orZero(Stored.longValue(a, "errors")), orZero(Stored.longValue(a, "warnings")))).toList());
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static long orZero(Long n) {
        return n == null ? 0 : n;
    }

    private static Map<String, Double> numbers(Document d) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (d != null) {
            d.forEach((k, v) -> m.put(k, v instanceof Number n ? n.doubleValue() : null));
        }
        return m;
    }

    private static Map<String, Long> counts(Document d) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (d != null) {
            d.forEach((k, v) -> m.put(k, v instanceof Number n ? n.longValue() : 0L));
        }
        return m;
    }
}
