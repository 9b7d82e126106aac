package ogi.contracts.event;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of running the rule catalogue over one parsed report, on {@code ogi.reports.audited}: the findings,
 * and every rule's result (passed, failed, or not assessable with the cells it lacked). {@code ruleResults} was
 * added within schema version 1; events written before it have none. {@code batchId} (added within schema version 1,
 * absent when not set) is the parsed report's, passed on; a re-audit has none.
 */
public record AuditResultEvent(
        int schemaVersion,
        String documentId,
        String catalogueVersion,
        Instant auditedAt,
        String agency,
        Integer year,
        List<Finding> findings,
        List<RuleResult> ruleResults,
        @JsonInclude(JsonInclude.Include.NON_NULL) String batchId) implements VersionedEvent {

    public AuditResultEvent {
        ruleResults = ruleResults == null ? List.of() : List.copyOf(ruleResults);
    }

    /** A result in no batch. */
    public AuditResultEvent(int schemaVersion, String documentId, String catalogueVersion, Instant auditedAt,
            String agency, Integer year, List<Finding> findings, List<RuleResult> ruleResults) {
        this(schemaVersion, documentId, catalogueVersion, auditedAt, agency, year, findings, ruleResults, null);
    }

    /** A result without rule results (as written before they were added). */
    public AuditResultEvent(int schemaVersion, String documentId, String catalogueVersion, Instant auditedAt,
            String agency, Integer year, List<Finding> findings) {
        this(schemaVersion, documentId, catalogueVersion, auditedAt, agency, year, findings, List.of(), null);
    }
}
