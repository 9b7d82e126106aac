package ogi.query.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * A batch as {@code GET /batches/{id}} answers it: how many documents its upload published ({@code size}), how many
 * of them the query service has seen at each stage, whether it is done (every document audited or failed), its
 * findings by severity and rule, and its documents. {@code size} is null until the first raw event of the batch is
 * seen (stages travel on different topics and may arrive first).
 */
public record BatchProgress(String batchId, Integer size, int received, int parsed, int audited, int failed,
        boolean done, Instant receivedAt, Findings findings, List<RuleCount> byRule, List<Entry> documents) {

    /** Findings of the batch's audited documents by severity. */
    public record Findings(long error, long warning, long info) {
    }

    public record RuleCount(String ruleId, String severity, long findings, int documents) {
    }

    /** One document: {@code status} is the furthest stage reached ({@code received}, {@code parsed}, {@code audited}, {@code failed}). */
    public record Entry(String documentId, String fileName, String status, String agency, Integer year, Long errors,
            Long warnings, Long infos, String failedStage, String reason) {
    }

    /** What the SSE stream sends: the counts without the documents. */
    public record Counts(String batchId, Integer size, int received, int parsed, int audited, int failed,
            boolean done, Findings findings) {
    }

    public Counts counts() {
        return new Counts(batchId, size, received, parsed, audited, failed, done, findings);
    }

    static String status(Document e) {
        if (e.getBoolean("audited", false)) {
            return "audited";
        }
        if (e.getBoolean("failed", false)) {
            return "failed";
        }
        return e.getBoolean("parsed", false) ? "parsed" : "received";
    }

    public static BatchProgress of(String batchId, List<Document> entries) {
        Integer size = null;
        int parsed = 0;
        int audited = 0;
        int failed = 0;
        long error = 0;
        long warning = 0;
        long info = 0;
        Instant receivedAt = null;
        Map<String, long[]> rules = new LinkedHashMap<>();
        List<Entry> documents = new ArrayList<>();
        for (Document e : entries) {
            Integer batchSize = e.getInteger("batchSize");
            if (batchSize != null) {
                size = size == null ? batchSize : Math.max(size, batchSize);
            }
            if (e.getDate("receivedAt") != null) {
                Instant at = e.getDate("receivedAt").toInstant();
                receivedAt = receivedAt == null || at.isBefore(receivedAt) ? at : receivedAt;
            }
            String status = status(e);
            switch (status) {
                case "audited" -> {
                    audited++;
                    parsed++;
                }
                case "failed" -> {
                    failed++;
                    if (e.getBoolean("parsed", false)) {
                        parsed++;
                    }
                }
                case "parsed" -> parsed++;
                default -> { }
            }
            Document counts = "audited".equals(status) ? e.get("findingCounts", new Document()) : new Document();
            error += number(counts, "error");
            warning += number(counts, "warning");
            info += number(counts, "info");
            if ("audited".equals(status)) {
                for (Document r : e.getList("rules", Document.class, List.of())) {
                    long[] n = rules.computeIfAbsent(r.getString("ruleId") + "|" + r.getString("severity"),
                            k -> new long[2]);
                    n[0] += number(r, "findings");
                    n[1]++;
                }
            }
            documents.add(new Entry(e.getString("documentId"), e.getString("fileName"), status,
                    e.getString("agency"), e.getInteger("year"), "audited".equals(status) ? number(counts, "error") : null,
                    "audited".equals(status) ? number(counts, "warning") : null,
                    "audited".equals(status) ? number(counts, "info") : null,
                    e.getString("failedStage"), e.getString("reason")));
        }
        List<RuleCount> byRule = new ArrayList<>();
        rules.forEach((k, n) -> byRule.add(new RuleCount(k.substring(0, k.indexOf('|')), k.substring(k.indexOf('|') + 1),
                n[0], (int) n[1])));
        byRule.sort(Comparator.comparingLong(RuleCount::findings).reversed().thenComparing(RuleCount::ruleId));
        int received = entries.size();
        boolean done = size != null && audited + failed >= size;
        return new BatchProgress(batchId, size, received, parsed, audited, failed, done, receivedAt,
                new Findings(error, warning, info), byRule, documents);
    }

    private static long number(Document d, String field) {
        Object v = d.get(field);
        return v instanceof Number n ? n.longValue() : 0;
    }
}
