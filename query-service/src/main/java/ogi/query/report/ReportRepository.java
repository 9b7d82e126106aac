package ogi.query.report;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;
import ogi.contracts.event.Severity;
import ogi.query.config.QueryConfig;
import ogi.query.view.ReportViews;

/**
 * The {@code reports} collection: one document per document id, written only with idempotent upserts ({@code $set}
 * of a stage's fields, {@code $max} of the status rank), so replays and redeliveries never duplicate. Uses only
 * what both MongoDB and the test stand-in support: no transactions, no change streams, no {@code $text}.
 */
@ApplicationScoped
public class ReportRepository {
    static final String COLLECTION = "reports";
    private static final Logger LOG = Logger.getLogger(ReportRepository.class);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> reports;

    private final ogi.query.region.AgencyDivisions divisions;
    private final ReportViews views;

    public ReportRepository(MongoClient client, QueryConfig config, ogi.query.region.AgencyDivisions divisions,
            ReportViews views) {
        this.reports = client.getDatabase(config.database()).getCollection(COLLECTION);
        this.divisions = divisions;
        this.views = views;
    }

    void createIndexes(@Observes StartupEvent event) {
        reports.createIndex(Indexes.ascending("statusRank"));
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.descending("receivedAt"));
        reports.createIndex(Indexes.compoundIndex(Indexes.descending("firstSeenAt"), Indexes.ascending("_id")));
        reports.createIndex(Indexes.compoundIndex(Indexes.ascending("agencySort"), Indexes.ascending("_id")));
        reports.createIndex(Indexes.compoundIndex(Indexes.descending("yearSort"), Indexes.ascending("_id")));
        reports.createIndex(Indexes.ascending("ruleIds"));
        reports.createIndex(Indexes.ascending("region", "year"));
        LOG.info("indexes of the reports collection are in place");
    }

    public void received(RawDocumentReceipt raw) {
        reports.updateOne(eq("_id", raw.documentId()), Updates.combine(
                Updates.set("fileName", raw.fileName()),
                Updates.set("contentType", raw.contentType()),
                Updates.set("format", raw.format().name()),
                Updates.set("sizeBytes", raw.sizeBytes()),
                Updates.set("sourceUrl", raw.sourceUrl()),
                Updates.set("receivedAt", Date.from(raw.receivedAt())),
                Updates.min("firstSeenAt", Date.from(raw.receivedAt())),
                Updates.setOnInsert("agencySort", ""),
                Updates.setOnInsert("yearSort", 0),
                Updates.max("statusRank", ReportStatus.RECEIVED.rank())), UPSERT);
    }

    public void parsed(ParsedReportEvent parsed) {
        var meta = parsed.report().metadata();
        Document report = Document.parse(EventJson.write(parsed.report()));
        String text = report.getString("text");
        report.remove("text");
        var placed = divisions.of(meta.agency(), text);
        List<String> viewKeys = ReportViews.listed(ReportViews.agencyKey(meta.agency(), meta.year()),
                ReportViews.regionKey(parsed.documentId(), meta.year(), placed.map(p -> p.division().code())
                        .orElse(null)));
        reports.updateOne(eq("_id", parsed.documentId()), Updates.combine(
                Updates.set("agency", meta.agency()),
                Updates.set("agencySort", meta.agency() == null ? "" : meta.agency()),
                Updates.set("region", placed.map(p -> p.division().name()).orElse(meta.region())),
                Updates.set("division", placed.map(ogi.query.region.AgencyDivisions::fields).orElse(null)),
                Updates.set("divisionCodes", placed.map(p -> ogi.query.region.AgencyDivisions.levels(p.division().code()))
                        .orElse(List.of())),
                Updates.set("year", meta.year()),
                Updates.set("yearSort", meta.year() == null ? 0 : meta.year()),
                Updates.set("template", meta.template()),
                Updates.set("partial", parsed.report().partial()),
                Updates.min("firstSeenAt", Date.from(parsed.parsedAt())),
                Updates.set("parsedAt", Date.from(parsed.parsedAt())),
                Updates.set("parserVersion", parsed.parserVersion()),
                Updates.set("report", report),
                Updates.set("text", text),
                Updates.setOnInsert("fileName", parsed.fileName()),
                Updates.inc("revision", 1),
                Updates.addEachToSet("viewKeys", viewKeys),
                Updates.max("statusRank", ReportStatus.PARSED.rank())), UPSERT);
        views.refresh(parsed.documentId());
    }

    /** What the report holds of its audit: when it was audited, its findings' ids, and the report's region. */
    public record StoredAudit(java.time.Instant auditedAt, List<String> findingIds, String region) {
        public boolean newerThan(java.time.Instant other) {
            return auditedAt != null && auditedAt.isAfter(other);
        }
    }

    public StoredAudit storedAudit(String documentId) {
        Document d = reports.find(eq("_id", documentId))
                .projection(new Document("region", 1).append("audit.auditedAt", 1).append("audit.findings", 1))
                .first();
        Document audit = d == null ? null : d.get("audit", Document.class);
        if (audit == null) {
            return new StoredAudit(null, List.of(), d == null ? null : d.getString("region"));
        }
        List<String> ids = new ArrayList<>();
        List<Document> findings = audit.getList("findings", Document.class);
        if (findings != null) {
            findings.forEach(f -> ids.add(f.getString("findingId")));
        }
        Date at = audit.getDate("auditedAt");
        return new StoredAudit(at == null ? null : at.toInstant(), ids, d.getString("region"));
    }

    /**
     * Stores an audit result on the report. The consumer has checked, holding the document's lock, that the report
     * holds no newer one; the filter is the primary key alone, because the stand-in scans the whole collection for
     * any other filter (pitfall 15). The trace id is that of the audit result's record: the trace the document
     * started at ingest, when every stage carried it on.
     */
    public void audited(AuditResultEvent result, String traceId) {
        List<Document> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(Document.parse(EventJson.write(f)));
        }
        Document counts = new Document();
        for (Severity s : Severity.values()) {
            counts.append(s.name().toLowerCase(java.util.Locale.ROOT),
                    result.findings().stream().filter(f -> f.severity() == s).count());
        }
        reports.updateOne(eq("_id", result.documentId()), Updates.combine(
                Updates.set("audit", new Document("catalogueVersion", result.catalogueVersion())
                        .append("auditedAt", Date.from(result.auditedAt()))
                        .append("findings", findings)
                        .append("ruleResults", result.ruleResults().stream()
                                .map(r -> Document.parse(EventJson.write(r))).toList())),
                Updates.set("findingCounts", counts),
                Updates.set("traceId", traceId),
                Updates.set("ruleIds", result.findings().stream().map(Finding::ruleId).distinct().sorted().toList()),
                Updates.set("maxSeverityRank", result.findings().stream().mapToInt(f -> f.severity().ordinal() + 1)
                        .max().orElse(0)),
                Updates.set("agency", result.agency()),
                Updates.set("agencySort", result.agency() == null ? "" : result.agency()),
                Updates.set("year", result.year()),
                Updates.set("yearSort", result.year() == null ? 0 : result.year()),
                Updates.min("firstSeenAt", Date.from(result.auditedAt())),
                Updates.inc("revision", 1),
                Updates.max("statusRank", ReportStatus.AUDITED.rank())), UPSERT);
        views.refresh(result.documentId());
    }

    public void failed(String documentId, String stage, String reason) {
        reports.updateOne(eq("_id", documentId), Updates.combine(
                Updates.set("failure", new Document("stage", stage).append("reason", reason)
                        .append("at", new Date())),
                Updates.min("firstSeenAt", new Date()),
                Updates.setOnInsert("agencySort", ""),
                Updates.setOnInsert("yearSort", 0),
                Updates.max("statusRank", ReportStatus.FAILED.rank())), UPSERT);
    }

    public Optional<Document> find(String documentId) {
        return Optional.ofNullable(reports.find(eq("_id", documentId)).first());
    }

    /** One page of a listing and the cursor of the next page (null on the last page). */
    public record Page(List<Document> items, String nextCursor) {
    }

    /**
     * Lists reports in the given order, {@code limit} at a time after {@code after} (null for the first page).
     * The agency filter is a literal substring (quoted, never a user regex).
     */
    public Page list(ReportFilter filter, ReportSort sort, Cursor after, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (filter.status() != null) {
            filters.add(eq("statusRank", filter.status().rank()));
        }
        if (filter.agency() != null) {
            filters.add(regex("agency", Pattern.quote(filter.agency())));
        }
        if (filter.region() != null) {
            filters.add(eq("region", filter.region()));
        }
        if (filter.year() != null) {
            filters.add(eq("year", filter.year()));
        }
        if (filter.minSeverity() != null) {
            filters.add(Filters.gte("maxSeverityRank", filter.minSeverity().ordinal() + 1));
        }
        if (filter.ruleId() != null) {
            filters.add(eq("ruleIds", filter.ruleId()));
        }
        if (after != null) {
            Bson beyond = sort.direction() < 0 ? Filters.lt(sort.field(), after.value())
                    : Filters.gt(sort.field(), after.value());
            filters.add(Filters.or(beyond, and(eq(sort.field(), after.value()), Filters.gt("_id", after.id()))));
        }
        Bson order = Sorts.orderBy(sort.direction() < 0 ? Sorts.descending(sort.field()) : Sorts.ascending(sort.field()),
                Sorts.ascending("_id"));
        List<Document> items = reports.find(filters.isEmpty() ? new Document() : and(filters))
                .projection(new Document("report", 0).append("text", 0).append("audit", 0))
                .sort(order).limit(limit + 1).into(new ArrayList<>());
        String next = null;
        if (items.size() > limit) {
            items = new ArrayList<>(items.subList(0, limit));
            Document last = items.get(limit - 1);
            next = new Cursor(last.get(sort.field()), last.getString("_id")).encode();
        }
        return new Page(items, next);
    }

    /** The agencies with their number of reports, years, region and error count, most errors first. */
    public List<Document> agencies() {
        return reports.aggregate(List.of(
                Aggregates.match(Filters.ne("agency", null)),
                Aggregates.group("$agency",
                        Accumulators.sum("reports", 1),
                        Accumulators.addToSet("years", "$year"),
                        Accumulators.first("region", "$region"),
                        Accumulators.sum("errors", "$findingCounts.error"),
                        Accumulators.sum("warnings", "$findingCounts.warning")),
                Aggregates.sort(Sorts.orderBy(Sorts.descending("errors"), Sorts.ascending("_id")))))
                .into(new ArrayList<>());
    }

    /** Places every report of the agency in the division (a correction); returns how many moved. */
    public long placeAgency(String agency, ogi.query.region.AgencyDivisions.Placed placed) {
        long moved = 0;
        for (String id : views.documentsOf(agency)) {
            moved += reports.updateOne(eq("_id", id), Updates.combine(
                    Updates.set("region", placed.division().name()),
                    Updates.set("division", ogi.query.region.AgencyDivisions.fields(placed)),
                    Updates.set("divisionCodes", ogi.query.region.AgencyDivisions.levels(placed.division().code())),
                    Updates.inc("revision", 1))).getModifiedCount();
            views.refresh(id);
        }
        return moved;
    }

    /** The given reports (from {@link ReportViews#regionDocuments}) with their tables, in the given order. */
    public List<Document> withTables(List<String> ids) {
        java.util.Map<String, Document> byId = new java.util.HashMap<>();
        reports.find(Filters.in("_id", ids))
                .projection(new Document("agency", 1).append("division", 1).append("findingCounts", 1)
                        .append("report.table1", 1).append("report.table2", 1).append("report.table3", 1))
                .forEach(d -> byId.put(d.getString("_id"), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The agency's newest stored report body for the year (the parsed report and its document id), if any. */
    public Optional<Document> reportOf(String agency, int year) {
        return views.newestDocument(agency, year).map(id -> reports.find(eq("_id", id))
                .projection(new Document("report", 1).append("receivedAt", 1)).first());
    }

    /** An agency's reports, oldest year first (its series). */
    public List<Document> series(String agency) {
        List<Document> series = reports.find(Filters.in("_id", views.documentsOf(agency)))
                .projection(new Document("report", 0).append("text", 0).append("audit", 0)).into(new ArrayList<>());
        series.sort(java.util.Comparator.comparingInt((Document d) -> d.getInteger("yearSort", 0))
                .thenComparing(d -> d.getString("_id")));
        return series;
    }

    /** Reports counted by year and status. */
    public List<Document> countsByYearAndStatus() {
        return reports.aggregate(List.of(Aggregates.group(new Document("year", "$year").append("statusRank",
                "$statusRank"), Accumulators.sum("reports", 1)))).into(new ArrayList<>());
    }
}
