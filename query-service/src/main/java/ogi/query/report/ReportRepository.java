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
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.event.Severity;
import ogi.query.config.QueryConfig;

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

    public ReportRepository(MongoClient client, QueryConfig config) {
        this.reports = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    void createIndexes(@Observes StartupEvent event) {
        reports.createIndex(Indexes.ascending("statusRank"));
        reports.createIndex(Indexes.ascending("agency"));
        reports.createIndex(Indexes.ascending("year"));
        reports.createIndex(Indexes.descending("receivedAt"));
        LOG.info("indexes of the reports collection are in place");
    }

    public void received(RawDocumentEvent raw) {
        reports.updateOne(eq("_id", raw.documentId()), Updates.combine(
                Updates.set("fileName", raw.fileName()),
                Updates.set("contentType", raw.contentType()),
                Updates.set("format", raw.format().name()),
                Updates.set("sizeBytes", raw.sizeBytes()),
                Updates.set("sourceUrl", raw.sourceUrl()),
                Updates.set("receivedAt", Date.from(raw.receivedAt())),
                Updates.max("statusRank", ReportStatus.RECEIVED.rank())), UPSERT);
    }

    public void parsed(ParsedReportEvent parsed) {
        var meta = parsed.report().metadata();
        Document report = Document.parse(EventJson.write(parsed.report()));
        String text = report.getString("text");
        report.remove("text");
        reports.updateOne(eq("_id", parsed.documentId()), Updates.combine(
                Updates.set("agency", meta.agency()),
                Updates.set("region", meta.region()),
                Updates.set("year", meta.year()),
                Updates.set("template", meta.template()),
                Updates.set("parsedAt", Date.from(parsed.parsedAt())),
                Updates.set("parserVersion", parsed.parserVersion()),
                Updates.set("report", report),
                Updates.set("text", text),
                Updates.setOnInsert("fileName", parsed.fileName()),
                Updates.max("statusRank", ReportStatus.PARSED.rank())), UPSERT);
    }

    public void audited(AuditResultEvent result) {
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
                        .append("findings", findings)),
                Updates.set("findingCounts", counts),
                Updates.set("agency", result.agency()),
                Updates.set("year", result.year()),
                Updates.max("statusRank", ReportStatus.AUDITED.rank())), UPSERT);
    }

    public void failed(String documentId, String stage, String reason) {
        reports.updateOne(eq("_id", documentId), Updates.combine(
                Updates.set("failure", new Document("stage", stage).append("reason", reason)
                        .append("at", new Date())),
                Updates.max("statusRank", ReportStatus.FAILED.rank())), UPSERT);
    }

    public Optional<Document> find(String documentId) {
        return Optional.ofNullable(reports.find(eq("_id", documentId)).first());
    }

    /** Lists reports, newest first; the agency filter is a literal substring (quoted, never a user regex). */
    public List<Document> list(ReportStatus status, String agency, Integer year, int skip, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (status != null) {
            filters.add(eq("statusRank", status.rank()));
        }
        if (agency != null) {
            filters.add(regex("agency", Pattern.quote(agency)));
        }
        if (year != null) {
            filters.add(eq("year", year));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return reports.find(filter).projection(new Document("report", 0).append("text", 0).append("audit", 0))
                .sort(Sorts.orderBy(Sorts.descending("receivedAt"), Sorts.ascending("_id")))
                .skip(skip).limit(limit).into(new ArrayList<>());
    }
}
