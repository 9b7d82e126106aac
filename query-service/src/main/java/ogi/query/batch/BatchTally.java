package ogi.query.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ogi.query.api.BatchProgress;
import ogi.query.store.BatchEntry;

/**
 * A batch's progress counted from its documents' entries: a document counts once at its furthest stage (an audited
 * or failed-after-parsing document counts as parsed too); findings count only for audited documents; the batch is
 * done when every document its upload published is audited or failed.
 */
public final class BatchTally {
    private BatchTally() {
    }

    public static BatchProgress of(String batchId, List<BatchEntry> entries) {
        Integer size = null;
        int parsed = 0;
        int audited = 0;
        int failed = 0;
        long error = 0;
        long warning = 0;
        long info = 0;
        Instant receivedAt = null;
        Map<String, long[]> rules = new LinkedHashMap<>();
        List<BatchProgress.Entry> documents = new ArrayList<>();
        for (BatchEntry e : entries) {
            if (e.batchSize() != null) {
                size = size == null ? e.batchSize() : Math.max(size, e.batchSize());
            }
            if (e.receivedAt() != null && (receivedAt == null || e.receivedAt().isBefore(receivedAt))) {
                receivedAt = e.receivedAt();
            }
            String status = e.status();
            switch (status) {
                case "audited" -> {
                    audited++;
                    parsed++;
                }
                case "failed" -> {
                    failed++;
                    if (e.parsed()) {
                        parsed++;
                    }
                }
                case "parsed" -> parsed++;
                default -> { }
            }
            boolean isAudited = "audited".equals(status);
            if (isAudited) {
                error += e.errors();
                warning += e.warnings();
                info += e.infos();
                for (BatchEntry.RuleFindings r : e.rules()) {
                    long[] n = rules.computeIfAbsent(r.ruleId() + "|" + r.severity(), k -> new long[2]);
                    n[0] += r.findings();
                    n[1]++;
                }
            }
            documents.add(new BatchProgress.Entry(e.documentId(), e.fileName(), status, e.agency(), e.year(),
                    isAudited ? e.errors() : null, isAudited ? e.warnings() : null, isAudited ? e.infos() : null,
                    e.failedStage(), e.reason()));
        }
        List<BatchProgress.RuleCount> byRule = new ArrayList<>();
        rules.forEach((k, n) -> byRule.add(new BatchProgress.RuleCount(k.substring(0, k.indexOf('|')),
                k.substring(k.indexOf('|') + 1), n[0], (int) n[1])));
        byRule.sort(Comparator.comparingLong(BatchProgress.RuleCount::findings).reversed()
                .thenComparing(BatchProgress.RuleCount::ruleId));
        boolean done = size != null && audited + failed >= size;
        return new BatchProgress(batchId, size, entries.size(), parsed, audited, failed, done, receivedAt,
                new BatchProgress.Findings(error, warning, info), byRule, documents);
    }
}
