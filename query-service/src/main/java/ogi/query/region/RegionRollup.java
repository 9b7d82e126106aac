package ogi.query.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import ogi.contracts.region.Division;
import ogi.contracts.template.ReportTemplate;
import ogi.query.view.ReportViews;

/**
 * A region's year in figures, over the reports of every agency in it (at any level below): applications received
 * and carried over, the outcomes (Table 2's result rows), administrative review and litigation (Table 3), findings by
 * severity, and the agencies ranked by errors, then warnings. It sums each report's {@link #entry figures}, kept
 * by {@link ReportViews} beside the reports.
 */
@ApplicationScoped
public class RegionRollup {
    private static final ReportTemplate TEMPLATE = ReportTemplate.v2021();

    private final ReportViews views;

    public RegionRollup(ReportViews views) {
        this.views = views;
    }

    /** What a stored report adds to the rollups of its regions: its agency, division, figures and finding counts. */
    public static Document entry(Document stored) {
        Document report = stored.get("report", Document.class);
        Document applications = new Document()
                .append("new_applications", cell(report, "table2", "new_applications", "total"))
                .append("carried_over", cell(report, "table2", "carried_over", "total"));
        Document outcomes = new Document();
        for (ReportTemplate.RowSpec row : TEMPLATE.table("table2").rows()) {
            if (row.results()) {
                outcomes.append(row.key(), cell(report, "table2", row.key(), "total"));
            }
        }
        Document review = new Document();
        for (ReportTemplate.ColumnSpec column : TEMPLATE.table("table3").columns()) {
            review.append(column.key(), cell(report, "table3", "cases", column.key()));
        }
        Document counts = stored.get("findingCounts", Document.class);
        Document division = stored.get("division", Document.class);
        return new Document("documentId", stored.getString("_id"))
                .append("agency", stored.getString("agency"))
                .append("year", stored.getInteger("year"))
                .append("division", division == null ? null : division.getString("path"))
                .append("applications", applications)
                .append("outcomes", outcomes)
                .append("reviewAndLitigation", review)
                .append("findings", new Document("error", count(counts, "error"))
                        .append("warning", count(counts, "warning")).append("info", count(counts, "info")));
    }

    /** The rollup, with the {@code top} agencies of the ranking (all are counted in {@code agenciesRanked}). */
    public Document of(Division region, int year, int top) {
        Map<String, Double> applications = new LinkedHashMap<>();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        Map<String, Double> review = new LinkedHashMap<>();
        Map<String, Long> findings = new LinkedHashMap<>(Map.of("error", 0L, "warning", 0L, "info", 0L));
        List<Document> agencies = new ArrayList<>();
        long[] reports = {0};
        // streamed: a province's year is tens of thousands of entries
        views.forEachRegionEntry(region.code(), year, e -> {
            reports[0]++;
            sum(applications, e.get("applications", Document.class));
            sum(outcomes, e.get("outcomes", Document.class));
            sum(review, e.get("reviewAndLitigation", Document.class));
            Document counts = e.get("findings", Document.class);
            long errors = count(counts, "error");
            long warnings = count(counts, "warning");
            findings.merge("error", errors, Long::sum);
            findings.merge("warning", warnings, Long::sum);
            findings.merge("info", count(counts, "info"), Long::sum);
            agencies.add(new Document("agency", e.getString("agency")).append("documentId", e.getString("documentId"))
                    .append("division", e.getString("division"))
                    .append("errors", errors).append("warnings", warnings));
        });
        agencies.sort(Comparator.comparingLong((Document a) -> a.getLong("errors")).reversed()
                .thenComparing(Comparator.comparingLong((Document a) -> a.getLong("warnings")).reversed())
                .thenComparing(a -> String.valueOf(a.getString("agency"))));
        List<Document> ranked = new ArrayList<>(agencies.subList(0, Math.min(top, agencies.size())));
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).append("rank", i + 1);
        }
        return new Document("region", new Document("code", region.code()).append("name", region.name())
                .append("path", region.path()))
                .append("year", year)
                .append("reports", reports[0])
                .append("applications", new Document(applications))
                .append("outcomes", new Document(outcomes))
                .append("reviewAndLitigation", new Document(review))
                .append("findings", new Document(findings))
                .append("agenciesRanked", agencies.size())
                .append("agencies", ranked);
    }

    private static long count(Document counts, String severity) {
        Object v = counts == null ? null : counts.get(severity);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** Adds each figure to its total; a missing figure counts as 0 (the key is still listed). */
    private static void sum(Map<String, Double> totals, Document figures) {
        if (figures == null) {
            return;
        }
        figures.forEach((key, v) -> totals.merge(key, v instanceof Number n ? n.doubleValue() : 0.0, Double::sum));
    }

    /** A cell's number from the stored report, or null. */
    public static Double cell(Document report, String table, String row, String column) {
        Document t = report == null ? null : report.get(table, Document.class);
        List<Document> rows = t == null ? null : t.getList("rows", Document.class);
        if (rows == null) {
            return null;
        }
        for (Document r : rows) {
            if (row.equals(r.getString("key"))) {
                Document cells = r.get("cells", Document.class);
                Document c = cells == null ? null : cells.get(column, Document.class);
                Object v = c == null ? null : c.get("value");
                return v instanceof Number n ? n.doubleValue() : null;
            }
        }
        return null;
    }
}
