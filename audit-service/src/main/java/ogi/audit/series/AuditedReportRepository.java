package ogi.audit.series;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;
import ogi.audit.config.AuditConfig;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;

/**
 * The audit service's own state, built from the parsed topic: collection {@code audit_reports}, one entry per
 * document id with its agency, year and the parsed event. It lets the audit compare a report with the same
 * agency's previous year, re-check a report when its predecessor arrives late, and re-run the catalogue over every
 * report seen. Writes are idempotent replaces keyed by document id.
 */
@ApplicationScoped
public class AuditedReportRepository {
    static final String COLLECTION = "audit_reports";

    private final MongoCollection<Document> reports;

    public AuditedReportRepository(MongoClient client, AuditConfig config) {
        this.reports = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    void createIndexes(@Observes StartupEvent event) {
        reports.createIndex(Indexes.ascending("agency", "year"));
    }

    public void save(ParsedReportEvent event) {
        var meta = event.report().metadata();
        reports.replaceOne(eq("_id", event.documentId()), new Document("_id", event.documentId())
                .append("agency", meta.agency())
                .append("year", meta.year())
                .append("parsedAt", Date.from(event.parsedAt()))
                .append("event", EventJson.write(event)), new ReplaceOptions().upsert(true));
    }

    /** The newest parsed report of the agency for the year, other than the given document. */
    public Optional<ParsedReportEvent> latest(String agency, int year, String exceptDocumentId) {
        return find(agency, year).stream().filter(e -> !e.documentId().equals(exceptDocumentId)).findFirst();
    }

    /** The agency's reports for the year, newest first. */
    public List<ParsedReportEvent> find(String agency, int year) {
        List<ParsedReportEvent> events = new ArrayList<>();
        reports.find(and(eq("agency", agency), eq("year", year))).sort(Sorts.descending("parsedAt"))
                .forEach(d -> events.add(EventJson.read(d.getString("event"), ParsedReportEvent.class)));
        return events;
    }

    /** Every report seen, one at a time (for a re-audit). */
    public long forEach(Consumer<ParsedReportEvent> action) {
        long n = 0;
        for (Document d : reports.find().sort(Sorts.ascending("_id"))) {
            action.accept(EventJson.read(d.getString("event"), ParsedReportEvent.class));
            n++;
        }
        return n;
    }
}
