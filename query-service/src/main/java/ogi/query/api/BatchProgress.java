package ogi.query.api;

import java.time.Instant;
import java.util.List;

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
}
