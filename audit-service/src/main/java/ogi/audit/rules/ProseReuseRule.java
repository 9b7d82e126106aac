package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ProseReuse;

/**
 * PROSE-003: the report's prose mostly repeats the agency's previous report (character 5-grams, figures aside).
 * The share that counts as "mostly" is {@code audit.prose-reuse.threshold} (default 0.8).
 */
public class ProseReuseRule extends AuditRule {
    public static final String THRESHOLD_KEY = "audit.prose-reuse.threshold";
    public static final double DEFAULT_THRESHOLD = 0.8;

    private final double threshold;

    /** The threshold of the settings ({@value #THRESHOLD_KEY} in the services' configuration). */
    public ProseReuseRule(RuleSettings settings) {
        this(settings.proseReuseThreshold());
    }

    public ProseReuseRule(double threshold) {
        super("PROSE-003");
        this.threshold = threshold;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        if (context.previous() == null) {
            return findings;
        }
        ProseReuse.Result reuse = ProseReuse.of(context.report(), context.previous());
        if (reuse.overall() != null && reuse.overall() >= threshold) {
            Integer lastYear = context.previous().metadata().year();
            String percent = Math.round(reuse.overall() * 100) + "%";
            findings.add(finding(context, new Location(null, null, "prose", null),
                    "正文与" + lastYear + "年度报告重复" + percent + "（阈值" + Math.round(threshold * 100) + "%），疑似照搬上年内容",
                    percent + " of the prose repeats the " + lastYear + " report (threshold "
                            + Math.round(threshold * 100) + "%): copied from last year?",
                    "< " + Math.round(threshold * 100) + "%", percent));
        }
        return findings;
    }
}
