package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;
import ogi.query.config.QueryConfig;

/**
 * The only writer of {@code batch_documents}: one entry per document of a batch, keyed {@code <batchId>|<documentId>},
 * with the stages it has reached (flags set, never counted up, so a replayed event changes nothing) and, once
 * audited, its findings by severity and rule. A batch is read by key prefix (an index range on MongoDB, a scan of
 * the key index on the stand-in), as {@code region_entries} are.
 */
@ApplicationScoped
public class BatchRepository {
    private static final Pattern BATCH_ID = Pattern.compile("^[0-9a-f]{32}$");
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> entries;

    public BatchRepository(MongoClient client, QueryConfig config) {
        this.entries = client.getDatabase(config.database()).getCollection(Collections.BATCH_DOCUMENTS);
    }

    public static boolean isBatchId(String id) {
        return id != null && BATCH_ID.matcher(id).matches();
    }

    static String key(String batchId, String documentId) {
        return batchId + "|" + documentId;
    }

    public void received(RawDocumentReceipt raw) {
        received(List.of(raw));
    }

    public void parsed(ParsedReportEvent parsed) {
        parsed(List.of(parsed));
    }

    public void audited(AuditResultEvent result) {
        audited(List.of(result));
    }

    /** A poll's raw events, in one bulk write. */
    public void received(List<RawDocumentReceipt> batch) {
        bulk(batch.stream().filter(raw -> isBatchId(raw.batchId())).map(raw -> upsert(
                key(raw.batchId(), raw.documentId()), Updates.combine(
                entry(raw.batchId(), raw.documentId()),
                Updates.set("fileName", raw.fileName()),
                Updates.set("batchSize", raw.batchSize()),
                Updates.set("receivedAt", Date.from(raw.receivedAt()))))).toList());
    }

    /** A poll's parsed reports, in one bulk write. */
    public void parsed(List<ParsedReportEvent> batch) {
        bulk(batch.stream().filter(parsed -> isBatchId(parsed.batchId())).map(parsed -> {
            var meta = parsed.report().metadata();
            return upsert(key(parsed.batchId(), parsed.documentId()), Updates.combine(
                    entry(parsed.batchId(), parsed.documentId()),
                    Updates.setOnInsert("fileName", parsed.fileName()),
                    Updates.set("agency", meta.agency()),
                    Updates.set("year", meta.year()),
                    Updates.set("parsed", true)));
        }).toList());
    }

    /**
     * A poll's audit results, in one read of the stored results' times and one bulk write: each result's findings
     * replace those stored, unless a later result of the document is stored already (or in the same poll).
     */
    public void audited(List<AuditResultEvent> batch) {
        Map<String, AuditResultEvent> newest = new LinkedHashMap<>();
        for (AuditResultEvent result : batch) {
            if (isBatchId(result.batchId())) {
                newest.merge(key(result.batchId(), result.documentId()), result,
                        (a, b) -> b.auditedAt().isBefore(a.auditedAt()) ? a : b);
            }
        }
        if (newest.isEmpty()) {
            return;
        }
        Map<String, Date> stored = new HashMap<>();
        entries.find(Filters.in("_id", newest.keySet())).projection(new Document("auditedAt", 1))
                .forEach(d -> stored.put(d.getString("_id"), d.getDate("auditedAt")));
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        newest.forEach((key, result) -> {
            Date auditedAt = Date.from(result.auditedAt());
            Date storedAt = stored.get(key);
            if (storedAt == null || !storedAt.after(auditedAt)) {
                writes.add(upsert(key, audit(result, auditedAt)));
            }
        });
        bulk(writes);
    }

    private static Bson audit(AuditResultEvent result, Date auditedAt) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            bySeverity.merge(f.severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            byRule.merge(f.ruleId() + "|" + f.severity().name(), 1, Integer::sum);
        }
        List<Document> rules = new ArrayList<>();
        byRule.forEach((rule, n) -> rules.add(new Document("ruleId", rule.substring(0, rule.indexOf('|')))
                .append("severity", rule.substring(rule.indexOf('|') + 1)).append("findings", n)));
        return Updates.combine(
                entry(result.batchId(), result.documentId()),
                Updates.set("agency", result.agency()),
                Updates.set("year", result.year()),
                Updates.set("parsed", true),
                Updates.set("audited", true),
                Updates.set("auditedAt", auditedAt),
                Updates.set("findingCounts", new Document(bySeverity)),
                Updates.set("rules", rules));
    }

    private static UpdateOneModel<Document> upsert(String key, Bson update) {
        return new UpdateOneModel<>(eq("_id", key), update, UPSERT);
    }

    private void bulk(List<UpdateOneModel<Document>> writes) {
        if (!writes.isEmpty()) {
            entries.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    public void failed(String batchId, String documentId, String stage, String reason) {
        if (!isBatchId(batchId)) {
            return;
        }
        entries.updateOne(eq("_id", key(batchId, documentId)), Updates.combine(
                entry(batchId, documentId),
                Updates.set("failed", true),
                Updates.set("failedStage", stage),
                Updates.set("reason", reason)), UPSERT);
    }

    /** The batch's entries; empty when no event of the batch has been seen. */
    public List<BatchEntry> entries(String batchId) {
        List<BatchEntry> found = new ArrayList<>();
        if (isBatchId(batchId)) {
            // the id is 32 hex digits, nothing to escape in the prefix
            entries.find(Filters.regex("_id", "^" + batchId + "\\|")).batchSize(500)
                    .forEach(d -> found.add(entry(d)));
        }
        return found;
    }

    private static BatchEntry entry(Document d) {
        Document counts = StoredValues.document(d, "findingCounts");
        List<BatchEntry.RuleFindings> rules = StoredValues.documents(d, "rules").stream()
                .map(r -> new BatchEntry.RuleFindings(r.getString("ruleId"), r.getString("severity"),
                        count(r, "findings")))
                .toList();
        return new BatchEntry(d.getString("batchId"), d.getString("documentId"), d.getString("fileName"),
                StoredValues.intValue(d, "batchSize"), StoredValues.instant(d, "receivedAt"),
                d.getBoolean("parsed", false), d.getBoolean("audited", false), d.getBoolean("failed", false),
                d.getString("agency"), StoredValues.intValue(d, "year"), count(counts, "error"),
                count(counts, "warning"), count(counts, "info"), rules, d.getString("failedStage"),
                d.getString("reason"));
    }

    private static long count(Document d, String field) {
        Long n = d == null ? null : StoredValues.longValue(d, field);
        return n == null ? 0 : n;
    }

    private static Bson entry(String batchId, String documentId) {
        return Updates.combine(Updates.setOnInsert("batchId", batchId), Updates.setOnInsert("documentId", documentId));
    }
}
