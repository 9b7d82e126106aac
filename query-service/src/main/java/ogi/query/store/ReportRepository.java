package ogi.query.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.query.api.AgencySummary;
import ogi.query.api.Page;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.api.Stats;
import ogi.query.config.QueryConfig;
import ogi.query.report.Cursor;
import ogi.query.report.ReportFilter;
import ogi.query.report.ReportSort;
import ogi.query.report.ReportStatus;

/**
 * Reads of the {@code reports} collection (one document per document id), answered as typed records; its indexes.
 * Written only by {@link ReadModelWriter}. Uses only what both MongoDB and the test stand-in support: no
 * transactions, no change streams, no {@code $text}.
 */
@ApplicationScoped
public class ReportRepository {
    private static final Logger LOG = Logger.getLogger(ReportRepository.class);
    private static final Document SUMMARY = new Document("report", 0).append("text", 0).append("audit", 0);

    private final MongoCollection<Document> reports;
    private final ReviewRepository reviews;
    private final ViewRepository views;

    public ReportRepository(MongoClient client, QueryConfig config, ReviewRepository reviews, ViewRepository views) {
        this.reports = client.getDatabase(config.database()).getCollection(Collections.REPORTS);
        this.reviews = reviews;
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

    /** The report whole, with the reviews of its audit's findings. */
    public Optional<ReportDetail> detail(String documentId) {
        Document stored = reports.find(eq("_id", documentId)).first();
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(StoredShapes.detail(stored, reviews.of(StoredShapes.auditFindingIds(stored))));
    }

    /** The summaries of the given reports, in the given order (those not stored left out); one query per page of ids. */
    public List<ReportSummary> summaries(List<String> ids) {
        Map<String, ReportSummary> byId = new HashMap<>();
        for (List<String> page : StoredValues.pages(ids)) {
            reports.find(Filters.in("_id", page)).projection(SUMMARY)
                    .forEach(d -> byId.put(d.getString("_id"), StoredShapes.summary(d)));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The date each of the given reports states it was published on, by id (absent: not stored or no date). */
    public Map<String, LocalDate> publicationDates(Collection<String> ids) {
        Map<String, LocalDate> byId = new HashMap<>();
        for (List<String> page : StoredValues.pages(ids)) {
            reports.find(Filters.in("_id", page)).projection(new Document("report.metadata", 1)).forEach(d -> {
                Document report = StoredValues.document(d, "report");
                ReportMetadata metadata = report == null ? null
                        : StoredValues.as(StoredValues.document(report, "metadata"), ReportMetadata.class);
                if (metadata != null && metadata.publicationDate() != null) {
                    byId.put(d.getString("_id"), metadata.publicationDate());
                }
            });
        }
        return byId;
    }

    /** A report's extracted text (null before it is parsed) and its status. */
    public record Text(ReportStatus status, String text) {
    }

    public Optional<Text> text(String documentId) {
        Document stored = reports.find(eq("_id", documentId))
                .projection(new Document("text", 1).append("statusRank", 1)).first();
        return Optional.ofNullable(stored).map(d -> new Text(ReportStatus.ofRank(d.getInteger("statusRank", 1)),
                d.getString("text")));
    }

    public boolean exists(String documentId) {
        return reports.find(eq("_id", documentId)).projection(new Document("_id", 1)).first() != null;
    }

    /** What the report holds of its audit now (for deciding whether a result replaces it). */
    public StoredAudit storedAudit(String documentId) {
        return storedAudits(List.of(documentId)).get(documentId);
    }

    /** The stored audits of these reports, in one read; a report not stored yet has an empty one. */
    public Map<String, StoredAudit> storedAudits(Collection<String> documentIds) {
        Map<String, StoredAudit> audits = new HashMap<>();
        if (!documentIds.isEmpty()) {
            reports.find(Filters.in("_id", documentIds))
                    .projection(new Document("region", 1).append("audit.auditedAt", 1).append("audit.findings", 1))
                    .forEach(d -> audits.put(d.getString("_id"), storedAudit(d)));
        }
        documentIds.forEach(id -> audits.putIfAbsent(id, new StoredAudit(null, List.of(), null)));
        return audits;
    }

    private static StoredAudit storedAudit(Document d) {
        Document audit = d.get("audit", Document.class);
        if (audit == null) {
            return new StoredAudit(null, List.of(), d.getString("region"));
        }
        Date at = audit.getDate("auditedAt");
        return new StoredAudit(at == null ? null : at.toInstant(), StoredShapes.auditFindingIds(d),
                d.getString("region"));
    }

    /**
     * Lists reports in the given order, {@code limit} at a time after {@code after} (null for the first page).
     * The agency filter is a literal substring (quoted, never a user regex).
     */
    public Page<ReportSummary> list(ReportFilter filter, ReportSort sort, Cursor after, int limit) {
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
        List<Document> items = reports.find(filters.isEmpty() ? new Document() : and(filters)).projection(SUMMARY)
                .sort(order).limit(limit + 1).into(new ArrayList<>());
        String next = null;
        if (items.size() > limit) {
            items = new ArrayList<>(items.subList(0, limit));
            Document last = items.get(limit - 1);
            next = new Cursor(last.get(sort.field()), last.getString("_id")).encode();
        }
        return new Page<>(items.stream().map(StoredShapes::summary).toList(), next);
    }

    /** The agencies with their number of reports, years, region and error count, most errors first. */
    public List<AgencySummary> agencies() {
        return reports.aggregate(List.of(
                Aggregates.match(Filters.ne("agency", null)),
                Aggregates.group("$agency",
                        Accumulators.sum("reports", 1),
                        Accumulators.addToSet("years", "$year"),
                        Accumulators.first("region", "$region"),
                        Accumulators.sum("errors", "$findingCounts.error"),
                        Accumulators.sum("warnings", "$findingCounts.warning")),
                Aggregates.sort(Sorts.orderBy(Sorts.descending("errors"), Sorts.ascending("_id")))))
                .map(StoredShapes::agency).into(new ArrayList<>());
    }

    /** The given reports (from {@link ViewRepository#regionDocuments}) with their tables, in the given order. */
    public List<ReportTables> withTables(List<String> ids) {
        Map<String, ReportTables> byId = new HashMap<>();
        reports.find(Filters.in("_id", ids))
                .projection(new Document("agency", 1).append("division", 1).append("findingCounts", 1)
                        .append("report.table1", 1).append("report.table2", 1).append("report.table3", 1))
                .forEach(d -> {
                    Document division = d.get("division", Document.class);
                    Document counts = d.get("findingCounts", Document.class);
                    byId.put(d.getString("_id"), new ReportTables(d.getString("_id"), d.getString("agency"),
                            division == null ? null : division.getString("path"),
                            counts == null ? 0 : StoredValues.longValue(counts, "error") == null ? 0
                                    : StoredValues.longValue(counts, "error"),
                            counts == null ? 0 : StoredValues.longValue(counts, "warning") == null ? 0
                                    : StoredValues.longValue(counts, "warning"),
                            StoredValues.as(d.get("report", Document.class), Report.class)));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The agency's newest stored report body for the year (the parsed report and its document id), if any. */
    public Optional<ReportBody> reportOf(String agency, int year) {
        return views.newestDocument(agency, year).map(id -> reports.find(eq("_id", id))
                .projection(new Document("report", 1)).first())
                .map(d -> new ReportBody(d.getString("_id"), StoredValues.as(d.get("report", Document.class),
                        Report.class)));
    }

    /** An agency's reports, oldest year first (its series). */
    public List<ReportSummary> series(String agency) {
        List<Document> series = reports.find(Filters.in("_id", views.documentsOf(agency))).projection(SUMMARY)
                .into(new ArrayList<>());
        series.sort(Comparator.comparingInt((Document d) -> d.getInteger("yearSort", 0))
                .thenComparing(d -> d.getString("_id")));
        return series.stream().map(StoredShapes::summary).toList();
    }

    /** Reports counted by year and status. */
    public List<Stats.ReportCount> countsByYearAndStatus() {
        return reports.aggregate(List.of(Aggregates.group(new Document("year", "$year").append("statusRank",
                "$statusRank"), Accumulators.sum("reports", 1)))).map(StoredShapes::reportCount)
                .into(new ArrayList<>());
    }

    /** Every report's id, a batch at a time (for rebuilding the views). */
    public void forEachId(Consumer<String> each) {
        // ids only: a scan holding the reports' tables would be held whole by the stand-in (it materialises a
        // query's result) and run it out of memory at 100,000 reports
        for (Document id : reports.find().projection(new Document("_id", 1)).batchSize(1_000)) {
            each.accept(id.getString("_id"));
        }
    }

    /**
     * The stored ones among the reports' revisions (raised by every write that changes what their entries hold), by
     * document id; one query per page.
     */
    public Map<String, Long> revisionsOf(Collection<String> documentIds) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> page : StoredValues.pages(documentIds)) {
            reports.find(com.mongodb.client.model.Filters.in("_id", page)).projection(new Document("revision", 1))
                    .forEach(d -> found.put(d.getString("_id"), StoredValues.revision(d)));
        }
        return found;
    }

}
