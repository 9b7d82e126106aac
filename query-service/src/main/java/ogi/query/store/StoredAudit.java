package ogi.query.store;

import java.time.Instant;
import java.util.List;

/** What a stored report holds of its audit: when it was audited, its findings' ids, and the report's region. */
public record StoredAudit(Instant auditedAt, List<String> findingIds, String region) {
    public boolean newerThan(Instant other) {
        return auditedAt != null && auditedAt.isAfter(other);
    }
}
