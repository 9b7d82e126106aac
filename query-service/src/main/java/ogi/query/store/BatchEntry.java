package ogi.query.store;

import java.time.Instant;
import java.util.List;

/**
 * A document's entry in {@code batch_documents}: the stages it has reached (flags), what the raw event said of the
 * batch, the agency and year once parsed, the findings by severity and rule once audited, why it failed.
 */
public record BatchEntry(String batchId, String documentId, String fileName, Integer batchSize, Instant receivedAt,
        boolean parsed, boolean audited, boolean failed, String agency, Integer year, long errors, long warnings,
        long infos, List<RuleFindings> rules, String failedStage, String reason) {

    /** The findings of one rule and severity in the document. */
    public record RuleFindings(String ruleId, String severity, long findings) {
    }

    /** The furthest stage reached: {@code audited}, {@code failed}, {@code parsed} or {@code received}. */
    public String status() {
        if (audited) {
            return "audited";
        }
        if (failed) {
            return "failed";
        }
        return parsed ? "parsed" : "received";
    }
}
