package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;
import ogi.contracts.event.Severity;
import ogi.query.api.Placement;
import ogi.query.config.QueryConfig;
import ogi.query.report.ReportStatus;

/**
 * The one class that writes {@code reports}, {@code findings}, {@code alerts} (and its {@code counters}),
 * {@code agency_years}, {@code region_entries} and {@code view_state}, called only by
 * the projector ({@code ReportProjector}), which decides what is written and in which order. Each call is one
 * bulk write per collection for all it is given. Every write is idempotent: upserts keyed by id, {@code $set} of a
 * stage's fields, {@code $max} of the status rank, {@code $min} of the first sighting; a stored alert is never
 * stored again.
 */
@ApplicationScoped
public class ReadModelWriter {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> findings;
    private final MongoCollection<Document> alerts;
    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> agencyYears;
    private final MongoCollection<Document> regionEntries;
    private final MongoCollection<Document> state;

    public ReadModelWriter(MongoClient client, QueryConfig config) {
        var db = client.getDatabase(config.database());
        this.reports = db.getCollection(Collections.REPORTS);
        this.findings = db.getCollection(Collections.FINDINGS);
        this.alerts = db.getCollection(Collections.ALERTS);
        this.counters = db.getCollection(Collections.COUNTERS);
        this.agencyYears = db.getCollection(Collections.AGENCY_YEARS);
        this.regionEntries = db.getCollection(Collections.REGION_ENTRIES);
        this.state = db.getCollection(Collections.VIEW_STATE);
    }

    /** A parsed report with where its agency was placed and the entry keys it will be listed under. */
    public record ParsedWrite(ParsedReportEvent event, String region, Placement division, List<String> divisionCodes,
            List<String> viewKeys) {
    }

    /** A document a stage rejected: the stage and the reason. */
    public record FailedWrite(String documentId, String stage, String reason, Instant at) {
    }

    /** An audit result that replaces what its report holds, with the findings of the result it replaces. */
    public record AuditWrite(AuditResultEvent result, String traceId, String region, List<String> previousFindingIds) {
    }

    /** An alert to store, withdrawn from the feed when its finding was dismissed. */
    public record AlertWrite(AlertEvent alert, boolean dismissed) {
    }

    public void received(List<RawDocumentReceipt> batch) {
        bulk(reports, batch.stream().<WriteModel<Document>>map(raw -> new UpdateOneModel<>(eq("_id", raw.documentId()),
                Updates.combine(
                        Updates.set("fileName", raw.fileName()),
                        Updates.set("contentType", raw.contentType()),
                        Updates.set("format", raw.format().name()),
                        Updates.set("sizeBytes", raw.sizeBytes()),
                        Updates.set("sourceUrl", raw.sourceUrl()),
                        Updates.set("receivedAt", Date.from(raw.receivedAt())),
                        Updates.min("firstSeenAt", Date.from(raw.receivedAt())),
                        Updates.setOnInsert("agencySort", ""),
                        Updates.setOnInsert("yearSort", 0),
                        Updates.max("statusRank", ReportStatus.RECEIVED.rank())), UPSERT)).toList());
    }

    public void parsed(List<ParsedWrite> batch) {
        bulk(reports, batch.stream().<WriteModel<Document>>map(w -> {
            ParsedReportEvent parsed = w.event();
            var meta = parsed.report().metadata();
            Document report = StoredDocuments.of(parsed.report());
            Object text = report.remove("text");
            return new UpdateOneModel<>(eq("_id", parsed.documentId()), Updates.combine(
                    Updates.set("agency", meta.agency()),
                    Updates.set("agencySort", meta.agency() == null ? "" : meta.agency()),
                    Updates.set("region", w.region()),
                    Updates.set("division", division(w.division())),
                    Updates.set("divisionCodes", w.divisionCodes()),
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
                    Updates.addEachToSet("viewKeys", w.viewKeys()),
                    Updates.max("statusRank", ReportStatus.PARSED.rank())), UPSERT);
        }).toList());
    }

    /**
     * Stores audit results: first every result's findings (and removes those of the result each replaces that it no
     * longer has, by id, so that no query over all findings is needed), then the reports. A crash between the two
     * leaves the old finding ids on the report, which the redelivery then removes; a report shows a result only once
     * its findings are all there.
     */
    public void audited(List<AuditWrite> batch) {
        List<WriteModel<Document>> findingWrites = new ArrayList<>();
        for (AuditWrite w : batch) {
            AuditResultEvent result = w.result();
            Set<String> ids = new HashSet<>();
            for (Finding f : result.findings()) {
                Document d = StoredDocuments.of(f);
                d.remove("findingId");
                d.append("_id", f.findingId())
                        .append("documentId", result.documentId())
                        .append("severityRank", f.severity().ordinal() + 1)
                        .append("agency", result.agency())
                        .append("region", w.region())
                        .append("year", result.year())
                        .append("catalogueVersion", result.catalogueVersion())
                        .append("auditedAt", Date.from(result.auditedAt()));
                findingWrites.add(new ReplaceOneModel<>(eq("_id", f.findingId()), d, REPLACE_UPSERT));
                ids.add(f.findingId());
            }
            for (String gone : w.previousFindingIds()) {
                if (!ids.contains(gone)) {
                    findingWrites.add(new DeleteOneModel<>(eq("_id", gone)));
                }
            }
        }
        bulk(findings, findingWrites);
        bulk(reports, batch.stream().<WriteModel<Document>>map(w -> new UpdateOneModel<>(
                eq("_id", w.result().documentId()), auditUpdate(w.result(), w.traceId()), UPSERT)).toList());
    }

    private static Bson auditUpdate(AuditResultEvent result, String traceId) {
        List<Document> stored = result.findings().stream().map(f -> StoredDocuments.of(f)).toList();
        Document counts = new Document();
        for (Severity s : Severity.values()) {
            counts.append(s.name().toLowerCase(Locale.ROOT),
                    result.findings().stream().filter(f -> f.severity() == s).count());
        }
        return Updates.combine(
                Updates.set("audit", new Document("catalogueVersion", result.catalogueVersion())
                        .append("auditedAt", Date.from(result.auditedAt()))
                        .append("findings", stored)
                        .append("ruleResults", result.ruleResults().stream()
                                .map(r -> StoredDocuments.of(r)).toList())),
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
                Updates.max("statusRank", ReportStatus.AUDITED.rank()));
    }

    public void failed(List<FailedWrite> batch) {
        bulk(reports, batch.stream().<WriteModel<Document>>map(f -> new UpdateOneModel<>(eq("_id", f.documentId()),
                Updates.combine(
                        Updates.set("failure", new Document("stage", f.stage()).append("reason", f.reason())
                                .append("at", Date.from(f.at()))),
                        Updates.min("firstSeenAt", Date.from(f.at())),
                        Updates.setOnInsert("agencySort", ""),
                        Updates.setOnInsert("yearSort", 0),
                        Updates.max("statusRank", ReportStatus.FAILED.rank())), UPSERT)).toList());
    }

    /** Places a report in a (corrected) division; whether it changed. */
    public boolean placed(String documentId, Placement division, List<String> divisionCodes) {
        return reports.updateOne(eq("_id", documentId), Updates.combine(
                Updates.set("region", regionName(division)),
                Updates.set("division", division(division)),
                Updates.set("divisionCodes", divisionCodes),
                Updates.inc("revision", 1))).getModifiedCount() > 0;
    }

    /**
     * Stores each alert once, numbered in arrival order by the shared counter: alerts already stored are skipped,
     * the others get the next numbers (one counter update for the batch). Another delivery that wins a race keeps
     * its number; the duplicate insert is ignored.
     */
    public void alerts(List<AlertWrite> batch) {
        Set<String> stored = new HashSet<>();
        alerts.find(in("_id", batch.stream().map(w -> w.alert().alertId()).toList()))
                .projection(new Document("_id", 1)).forEach(d -> stored.add(d.getString("_id")));
        Set<String> seen = new HashSet<>(stored);
        List<AlertWrite> fresh = batch.stream().filter(w -> seen.add(w.alert().alertId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Document counter = counters.findOneAndUpdate(eq("_id", "alerts"), Updates.inc("seq", (long) fresh.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long seq = ((Number) counter.get("seq")).longValue() - fresh.size();
        List<WriteModel<Document>> inserts = new ArrayList<>();
        for (AlertWrite w : fresh) {
            inserts.add(new InsertOneModel<>(StoredDocuments.of(w.alert())
                    .append("_id", w.alert().alertId())
                    .append("seq", ++seq)
                    .append("severityRank", w.alert().finding().severity().ordinal() + 1)
                    .append("storedAt", new Date())
                    .append("dismissed", w.dismissed())));
        }
        try {
            alerts.bulkWrite(inserts, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(err -> ErrorCategory.fromErrorCode(err.getCode())
                    != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** Withdraws the finding's alert from the feed (a reviewer dismissed it), or brings it back. */
    public void alertDismissed(String findingId, boolean dismissed) {
        alerts.updateOne(eq("_id", findingId), Updates.set("dismissed", dismissed));
    }

    /** Lists the entry keys on the report before the entries are written, so whoever refreshes next can clear them. */
    /** A refresh's entry writes: one bulk write each on {@code reports}, {@code agency_years}, {@code region_entries}. */
    public void views(ViewWrites writes) {
        List<WriteModel<Document>> listed = new ArrayList<>();
        for (ViewWrites.Listed l : writes.listed) {
            listed.add(new UpdateOneModel<>(eq("_id", l.documentId()), Updates.addEachToSet("viewKeys", l.keys())));
        }
        bulk(reports, listed);
        List<WriteModel<Document>> years = new ArrayList<>();
        for (ViewWrites.AgencyYear a : writes.agencyYears) {
            years.add(new UpdateOneModel<>(eq("_id", a.key()), Updates.combine(
                    Updates.set("agency", a.agency()), Updates.set("year", a.year()),
                    Updates.set("documents." + a.documentId(), new Document("receivedAt",
                            a.receivedAt() == null ? null : Date.from(a.receivedAt())).append("revision",
                                    a.revision()))), UPSERT));
        }
        for (ViewWrites.Unlisted u : writes.unlisted) {
            years.add(new UpdateOneModel<>(eq("_id", u.key()), Updates.unset("documents." + u.documentId())));
        }
        bulk(agencyYears, years);
        List<WriteModel<Document>> entries = new ArrayList<>();
        for (RegionEntry entry : writes.regionEntries) {
            entries.add(new ReplaceOneModel<>(eq("_id", entry.key()), regionEntry(entry), REPLACE_UPSERT));
        }
        for (String key : writes.deletedRegionEntries) {
            entries.add(new DeleteOneModel<>(eq("_id", key)));
        }
        bulk(regionEntries, entries);
    }

    private static Document regionEntry(RegionEntry entry) {
        return new Document("documentId", entry.documentId())
                .append("agency", entry.agency())
                .append("year", entry.year())
                .append("division", entry.division())
                .append("applications", new Document(entry.applications()))
                .append("outcomes", new Document(entry.outcomes()))
                .append("reviewAndLitigation", new Document(entry.reviewAndLitigation()))
                .append("findings", new Document(entry.findings()))
                .append("_id", entry.key())
                .append("revision", entry.revision());
    }

    public void viewsRebuilt(int version, long reportCount) {
        state.replaceOne(eq("_id", "views"), new Document("_id", "views").append("version", version)
                .append("rebuiltAt", new Date()).append("reports", reportCount), REPLACE_UPSERT);
    }

    private static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, ORDERED);
        }
    }

    private static String regionName(Placement division) {
        return division == null ? null : division.county() != null ? division.county()
                : division.prefecture() != null ? division.prefecture() : division.province();
    }

    private static Document division(Placement p) {
        return p == null ? null : new Document("code", p.code()).append("province", p.province())
                .append("prefecture", p.prefecture()).append("county", p.county()).append("path", p.path())
                .append("source", p.source());
    }
}
