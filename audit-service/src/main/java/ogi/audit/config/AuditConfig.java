package ogi.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit service settings ({@code audit.*}, or the environment: {@code AUDIT_DATABASE}). */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** MongoDB database of the audit service's own collection {@code audit_reports}. */
    @WithDefault("ogi")
    String database();
}
