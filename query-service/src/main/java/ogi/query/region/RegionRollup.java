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
import ogi.query.report.ReportRepository;

/**
 * A region's year in figures, over the reports of every agency in it (at any level below): applications received
 * and carried over, the outcomes (Table 2's result rows), administrative review and litigation (Table 3), findings by
 * severity, and the agencies ranked by errors, then warnings.
 */
@ApplicationScoped
public class RegionRollup {
    private final ReportRepository reports;

    public RegionRollup(ReportRepository reports) {
        this.reports = reports;
    }

    public Document of(Division region, int year) {
        List<Document> stored = reports.inRegion(region.code(), year);
        ReportTemplate template = ReportTemplate.v2021();
        Map<String, Double> applications = new LinkedHashMap<>();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        Map<String, Double> review = new LinkedHashMap<>();
        Map<String, Long> findings = new LinkedHashMap<>(Map.of("error", 0L, "warning", 0L, "info", 0L));
        List<Document> agencies = new ArrayList<>();
        for (Document d : stored) {
            Document report = d.get("report", Document.class);
            add(applications, "new_applications", cell(report, "table2", "new_applications", "total"));
            add(applications, "carried_over", cell(report, "table2", "carried_over", "total"));
            for (ReportTemplate.RowSpec row : template.table("table2").rows()) {
                if (row.results()) {
                    add(outcomes, row.key(), cell(report, "table2", row.key(), "total"));
                }
            }
            for (ReportTemplate.ColumnSpec column : template.table("table3").columns()) {
                add(review, column.key(), cell(report, "table3", "cases", column.key()));
            }
            Document counts = d.get("findingCounts", Document.class);
            long errors = count(counts, "error");
            long warnings = count(counts, "warning");
            findings.merge("error", errors, Long::sum);
            findings.merge("warning", warnings, Long::sum);
            findings.merge("info", count(counts, "info"), Long::sum);
            Document division = d.get("division", Document.class);
            agencies.add(new Document("agency", d.getString("agency")).append("documentId", d.get("_id"))
                    .append("division", division == null ? null : division.getString("path"))
                    .append("errors", errors).append("warnings", warnings));
        }
        agencies.sort(Comparator.comparingLong((Document a) -> a.getLong("errors")).reversed()
                .thenComparing(Comparator.comparingLong((Document a) -> a.getLong("warnings")).reversed())
                .thenComparing(a -> String.valueOf(a.getString("agency"))));
        for (int i = 0; i < agencies.size(); i++) {
            agencies.get(i).append("rank", i + 1);
        }
        return new Document("region", new Document("code", region.code()).append("name", region.name())
                .append("path", region.path()))
                .append("year", year)
                .append("reports", stored.size())
                .append("applications", new Document(applications))
                .append("outcomes", new Document(outcomes))
                .append("reviewAndLitigation", new Document(review))
                .append("findings", new Document(findings))
                .append("agencies", agencies);
    }

    private static long count(Document counts, String severity) {
        Object v = counts == null ? null : counts.get(severity);
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static void add(Map<String, Double> totals, String key, Double value) {
        totals.merge(key, value == null ? 0.0 : value, Double::sum);
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
