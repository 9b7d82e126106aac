package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import ogi.contracts.template.ReportTemplate;
import ogi.query.config.QueryConfig;

/**
 * Reads of the small documents derived from each stored report, keyed so that the year-on-year comparison and the
 * region rollups and exports find their reports through the primary key alone:
 * <ul>
 * <li>{@code agency_years}: {@code <agency>|<year>}, the documents of an agency's year with their receipt time
 * ({@code documents.<documentId>}), read by key for the comparison and by key prefix for the agency's series;</li>
 * <li>{@code region_entries}: {@code <year>|<division code>|<documentId>}, a report's figures for the rollups.
 * Division codes are hierarchical (65 → 6542 → 654202), so a region and everything below it is one key prefix.</li>
 * </ul>
 * A prefix regex on {@code _id} is an index range scan on MongoDB and a scan of the key index (not of the
 * documents) on the stand-in, which answers any other non-key query by reading the whole collection (pitfall 15).
 * Written only by {@link ReadModelWriter}, in the order the projector decides.
 */
@ApplicationScoped
public class ViewRepository {
    private static final ReportTemplate TEMPLATE = ReportTemplate.v2021();
    private static final Document SOURCE_FIELDS = new Document("agency", 1).append("year", 1).append("division", 1)
            .append("findingCounts", 1).append("receivedAt", 1).append("revision", 1)
            .append("viewKeys", 1).append("report.table1", 1).append("report.table2", 1).append("report.table3", 1);

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> agencyYears;
    private final MongoCollection<Document> regionEntries;
    private final MongoCollection<Document> state;

    public ViewRepository(MongoClient client, QueryConfig config) {
        var db = client.getDatabase(config.database());
        this.reports = db.getCollection(Collections.REPORTS);
        this.agencyYears = db.getCollection(Collections.AGENCY_YEARS);
        this.regionEntries = db.getCollection(Collections.REGION_ENTRIES);
        this.state = db.getCollection(Collections.VIEW_STATE);
    }

    /** What the stored ones among the reports' entries are made from now, by document id; one query per page. */
    public Map<String, ViewSource> sources(Collection<String> documentIds) {
        Map<String, ViewSource> found = new HashMap<>();
        for (List<String> page : StoredValues.pages(documentIds)) {
            reports.find(Filters.in("_id", page)).projection(SOURCE_FIELDS)
                    .forEach(d -> found.put(d.getString("_id"), source(d.getString("_id"), d)));
        }
        return found;
    }

    private static ViewSource source(String documentId, Document report) {
        Document division = report.get("division", Document.class);
        Document counts = report.get("findingCounts", Document.class);
        Map<String, Long> findings = new LinkedHashMap<>();
        for (String severity : List.of("error", "warning", "info")) {
            Long v = counts == null ? null : StoredValues.longValue(counts, severity);
            findings.put(severity, v == null ? 0 : v);
        }
        Date receivedAt = report.getDate("receivedAt");
        return new ViewSource(documentId, report.getString("agency"), report.getInteger("year"),
                division == null ? null : division.getString("code"),
                division == null ? null : division.getString("path"), findings,
                receivedAt == null ? null : receivedAt.toInstant(), StoredValues.revision(report),
                report.getList("viewKeys", String.class, List.of()), figures(report.get("report", Document.class)));
    }

    /** The revisions of the region entries stored under the keys (absent: none); one query per page. */
    public Map<String, Long> regionEntryRevisions(Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> page : StoredValues.pages(keys)) {
            regionEntries.find(Filters.in("_id", page)).projection(new Document("revision", 1))
                    .forEach(d -> found.put(d.getString("_id"), StoredValues.revision(d)));
        }
        return found;
    }

    /** The id of the agency's newest document for the year (by receipt), if any. */
    public Optional<String> newestDocument(String agency, int year) {
        return newest(agencyYears.find(eq("_id", agencyKey(agency, year))).first());
    }

    /** The newest document of each of the agencies for the year, by agency (absent: none); one query per page. */
    public Map<String, String> newestDocuments(Collection<String> agencies, int year) {
        Map<String, String> agencyOfKey = new HashMap<>();
        agencies.forEach(a -> agencyOfKey.put(agencyKey(a, year), a));
        Map<String, String> byAgency = new HashMap<>();
        for (List<String> page : StoredValues.pages(agencyOfKey.keySet())) {
            agencyYears.find(Filters.in("_id", page)).forEach(d -> newest(d)
                    .ifPresent(id -> byAgency.put(agencyOfKey.get(d.getString("_id")), id)));
        }
        return byAgency;
    }

    private static Optional<String> newest(Document agencyYear) {
        Document documents = agencyYear == null ? null : agencyYear.get("documents", Document.class);
        if (documents == null) {
            return Optional.empty();
        }
        return documents.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Object> e) -> ((Document) e.getValue())
                        .getDate("receivedAt"), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Map.Entry::getKey);
    }

    /** The documents of the agency, any year: its series, and what moves when it is placed elsewhere. */
    public List<String> documentsOf(String agency) {
        List<String> ids = new ArrayList<>();
        agencyYears.find(Filters.regex("_id", "^" + literal(agency + "|"))).forEach(d -> {
            Document documents = d.get("documents", Document.class);
            if (agency.equals(d.getString("agency")) && documents != null) {
                ids.addAll(documents.keySet());
            }
        });
        return ids;
    }

    /** The figures of every report of the year in the region or below it, one at a time. */
    public void forEachRegionEntry(String code, int year, Consumer<RegionEntry> each) {
        // in batches: without one the stand-in sends all that is left in one reply, tens of MB for a province
        regionEntries.find(Filters.regex("_id", "^" + literal(year + "|" + code))).batchSize(500)
                .forEach(d -> each.accept(entry(d)));
    }

    /** The ids of the year's reports in the region or below it, by agency. */
    public List<String> regionDocuments(String code, int year) {
        List<RegionEntry> entries = new ArrayList<>();
        forEachRegionEntry(code, year, entries::add);
        entries.sort(Comparator.comparing(e -> String.valueOf(e.agency())));
        return entries.stream().map(RegionEntry::documentId).toList();
    }

    /** The version of the code that last rebuilt the entries, 0 if they never were. */
    public int builtByVersion() {
        Document current = state.find(eq("_id", "views")).first();
        return current == null ? 0 : current.getInteger("version", 0);
    }

    /** The report's key in {@code agency_years} ({@code -} for a year not read), or null without an agency. */
    public static String agencyKey(String agency, Integer year) {
        return agency == null ? null : agency + "|" + (year == null ? "-" : year);
    }

    /** The key of a report in {@code region_entries}, or null when it is not placed or has no year. */
    public static String regionKey(String documentId, Integer year, String divisionCode) {
        return year == null || divisionCode == null ? null : year + "|" + divisionCode + "|" + documentId;
    }

    private static RegionEntry entry(Document d) {
        return new RegionEntry(d.getString("_id"), d.getString("documentId"), d.getString("agency"),
                d.getInteger("year"), d.getString("division"), numbers(d, "applications"), numbers(d, "outcomes"),
                numbers(d, "reviewAndLitigation"), counts(d.get("findings", Document.class)),
                StoredValues.revision(d));
    }

    private static Map<String, Double> numbers(Document d, String key) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Document stored = d.get(key, Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> figures.put(k, v instanceof Number n ? n.doubleValue() : null));
        }
        return figures;
    }

    private static Map<String, Long> counts(Document stored) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String severity : List.of("error", "warning", "info")) {
            Long v = stored == null ? null : StoredValues.longValue(stored, severity);
            counts.put(severity, v == null ? 0 : v);
        }
        return counts;
    }

    /** What a stored report adds to the rollups of its regions. */
    private static ViewSource.Figures figures(Document report) {
        Map<String, Double> applications = new LinkedHashMap<>();
        applications.put("new_applications", cell(report, "table2", "new_applications", "total"));
        applications.put("carried_over", cell(report, "table2", "carried_over", "total"));
        Map<String, Double> outcomes = new LinkedHashMap<>();
        for (ReportTemplate.RowSpec row : TEMPLATE.table("table2").rows()) {
            if (row.results()) {
                outcomes.put(row.key(), cell(report, "table2", row.key(), "total"));
            }
        }
        Map<String, Double> review = new LinkedHashMap<>();
        for (ReportTemplate.ColumnSpec column : TEMPLATE.table("table3").columns()) {
            review.put(column.key(), cell(report, "table3", "cases", column.key()));
        }
        return new ViewSource.Figures(applications, outcomes, review);
    }

    /** A cell's number from the stored report, or null. */
    private static Double cell(Document report, String table, String row, String column) {
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

    /** The text as a regular expression that matches it literally, kept a plain prefix for MongoDB's index. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
