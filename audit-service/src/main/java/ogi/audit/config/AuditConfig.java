package ogi.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit service settings ({@code audit.*}, or the environment: {@code AUDIT_DATABASE}). */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** MongoDB database of the audit service's own collection {@code audit_reports}. */
    @WithDefault("ogi")
    String database();

    /** PROSE-003 ({@code audit.prose-reuse.*}). */
    ProseReuse proseReuse();

    interface ProseReuse {
        /** The share of the prose repeated from last year's report that counts as copied. */
        @WithDefault("0.8")
        double threshold();
    }
}
