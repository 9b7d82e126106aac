package ogi.audit.series;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

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
public class AuditedReportRepository implements ReportSeries {
    static final String COLLECTION = "audit_reports";
    static final String SERIES = "audit_series";

    private final MongoCollection<Document> reports;
    /**
     * One entry per agency and year ({@code _id} = agency key, NUL, year) listing its document ids: finding an agency's
     * year is then two primary-key reads, on real MongoDB and on the stand-in alike, which ignores secondary indexes
     * (pitfall 15) and would otherwise read every stored report for every audit.
     */
    private final MongoCollection<Document> series;

    public AuditedReportRepository(MongoClient client, AuditConfig config) {
        this.reports = client.getDatabase(config.database()).getCollection(COLLECTION);
        this.series = client.getDatabase(config.database()).getCollection(SERIES);
    }

    /** Fills the series from the stored reports when they were stored before the series existed. */
    void fillSeries(@Observes StartupEvent event) {
        if (series.estimatedDocumentCount() > 0 || reports.estimatedDocumentCount() == 0) {
            return;
        }
        for (Document d : reports.find().projection(new Document("agency", 1).append("agencyKey", 1)
                .append("year", 1))) {
            String agency = d.getString("agencyKey") != null ? d.getString("agencyKey") : d.getString("agency");
            if (agency != null && d.getInteger("year") != null) {
                series.updateOne(eq("_id", seriesKey(agency, d.getInteger("year"))),
                        Updates.addToSet("documents", d.getString("_id")), new UpdateOptions().upsert(true));
            }
        }
    }

    @Override
    public void save(ParsedReportEvent event) {
        var meta = event.report().metadata();
        reports.replaceOne(eq("_id", event.documentId()), new Document("_id", event.documentId())
                .append("agency", meta.agency())
                .append("agencyKey", meta.seriesKey())
                .append("year", meta.year())
                .append("parsedAt", Date.from(event.parsedAt()))
                .append("event", EventJson.write(event)), new ReplaceOptions().upsert(true));
        if (meta.seriesKey() != null && meta.year() != null) {
            series.updateOne(eq("_id", seriesKey(meta.seriesKey(), meta.year())),
                    Updates.addToSet("documents", event.documentId()), new UpdateOptions().upsert(true));
        }
    }

    /** A poll's reports: one bulk write to each collection. */
    @Override
    public void saveAll(List<ParsedReportEvent> events) {
        List<WriteModel<Document>> reportWrites = new ArrayList<>();
        List<WriteModel<Document>> seriesWrites = new ArrayList<>();
        for (ParsedReportEvent event : events) {
            var meta = event.report().metadata();
            reportWrites.add(new ReplaceOneModel<>(eq("_id", event.documentId()), stored(event),
                    new ReplaceOptions().upsert(true)));
            if (meta.seriesKey() != null && meta.year() != null) {
                seriesWrites.add(new UpdateOneModel<>(eq("_id", seriesKey(meta.seriesKey(), meta.year())),
                        Updates.addToSet("documents", event.documentId()), new UpdateOptions().upsert(true)));
            }
        }
        if (!reportWrites.isEmpty()) {
            reports.bulkWrite(reportWrites);
        }
        if (!seriesWrites.isEmpty()) {
            series.bulkWrite(seriesWrites);
        }
    }

    /** The reports of these agencies' years: one read of their series entries, one of their reports. */
    @Override
    public Map<AgencyYear, List<ParsedReportEvent>> findAll(Collection<AgencyYear> years) {
        Map<String, AgencyYear> byKey = new LinkedHashMap<>();
        years.forEach(y -> byKey.put(seriesKey(y.agency(), y.year()), y));
        Map<AgencyYear, List<String>> ids = new LinkedHashMap<>();
        Set<String> allIds = new LinkedHashSet<>();
        if (!byKey.isEmpty()) {
            series.find(Filters.in("_id", byKey.keySet())).forEach(entry -> {
                List<String> documents = entry.getList("documents", String.class);
                ids.put(byKey.get(entry.getString("_id")), documents);
                allIds.addAll(documents);
            });
        }
        Map<String, Document> stored = new HashMap<>();
        if (!allIds.isEmpty()) {
            reports.find(Filters.in("_id", allIds)).forEach(d -> stored.put(d.getString("_id"), d));
        }
        Map<String, ParsedReportEvent> events = new HashMap<>();
        Map<AgencyYear, List<ParsedReportEvent>> found = new LinkedHashMap<>();
        for (AgencyYear year : years) {
            List<Document> docs = new ArrayList<>();
            ids.getOrDefault(year, List.of()).stream().map(stored::get).filter(Objects::nonNull).forEach(docs::add);
            docs.sort(Comparator.comparing((Document d) -> d.getDate("parsedAt")).reversed());
            found.put(year, docs.stream().map(d -> events.computeIfAbsent(d.getString("_id"),
                    id -> EventJson.read(d.getString("event"), ParsedReportEvent.class))).toList());
        }
        return found;
    }

    private static Document stored(ParsedReportEvent event) {
        var meta = event.report().metadata();
        return new Document("_id", event.documentId())
                .append("agency", meta.agency())
                .append("agencyKey", meta.seriesKey())
                .append("year", meta.year())
                .append("parsedAt", Date.from(event.parsedAt()))
                .append("event", EventJson.write(event));
    }

    private static String seriesKey(String agency, int year) {
        return agency + "\u0000" + year;
    }

    /** The agency's reports for the year, newest first. */
    @Override
    public List<ParsedReportEvent> find(String agency, int year) {
        Document entry = series.find(eq("_id", seriesKey(agency, year))).first();
        List<Document> found = new ArrayList<>();
        for (String id : entry == null ? List.<String>of() : entry.getList("documents", String.class)) {
            Document d = reports.find(eq("_id", id)).first();
            if (d != null) {
                found.add(d);
            }
        }
        found.sort(Comparator.comparing((Document d) -> d.getDate("parsedAt")).reversed());
        List<ParsedReportEvent> events = new ArrayList<>();
        found.forEach(d -> events.add(EventJson.read(d.getString("event"), ParsedReportEvent.class)));
        return events;
    }

    @Override
    public Optional<ParsedReportEvent> byId(String documentId) {
        Document d = reports.find(eq("_id", documentId)).projection(new Document("event", 1)).first();
        return Optional.ofNullable(d).map(x -> EventJson.read(x.getString("event"), ParsedReportEvent.class));
    }

    /** Every report seen, one at a time (for a re-audit). */
    @Override
    public long forEach(Consumer<ParsedReportEvent> action) {
        long n = 0;
        for (Document d : reports.find().sort(Sorts.ascending("_id"))) {
            action.accept(EventJson.read(d.getString("event"), ParsedReportEvent.class));
            n++;
        }
        return n;
    }
}
