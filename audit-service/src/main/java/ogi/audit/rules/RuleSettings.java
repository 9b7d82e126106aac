package ogi.audit.rules;

/**
 * The rules' settings: in the service from {@code audit.*} ({@link ogi.audit.config.AuditConfig}), in the offline
 * audit from system properties or the environment. A rule whose constructor takes them gets them.
 *
 * @param proseReuseThreshold PROSE-003: the share of repeated prose that counts as copied ({@value
 *                            ProseReuseRule#THRESHOLD_KEY})
 */
public record RuleSettings(double proseReuseThreshold) {
    public static final RuleSettings DEFAULTS = new RuleSettings(ProseReuseRule.DEFAULT_THRESHOLD);
}
