package ogi.query.api;

import java.util.List;

import org.bson.Document;

/** An agency ({@code GET /agencies}): its reports, their years, its region and its reports' error and warning counts. */
public record AgencySummary(String agency, long reports, List<Integer> years, String region, long errors,
        long warnings) {

    /** From a row of {@code ReportRepository.agencies()} (grouped by agency, the name in {@code _id}). */
    public static AgencySummary from(Document row) {
        List<Integer> years = row.get("years") instanceof List<?> list
                ? list.stream().map(y -> y instanceof Number n ? n.intValue() : null).toList() : List.of();
        return new AgencySummary(Stored.text(row, "_id"), count(row, "reports"), years, Stored.text(row, "region"),
                count(row, "errors"), count(row, "warnings"));
    }

    private static long count(Document row, String key) {
        Long v = Stored.longValue(row, key);
        return v == null ? 0 : v;
    }
}
