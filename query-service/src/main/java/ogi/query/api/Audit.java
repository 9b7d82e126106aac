package ogi.query.api;

import java.time.Instant;
import java.util.List;

import ogi.contracts.event.RuleResult;

/** A report's audit: the rule catalogue's version, when, the findings with their reviews, every rule's result. */
public record Audit(String catalogueVersion, Instant auditedAt, List<AuditFinding> findings,
        List<RuleResult> ruleResults) {
}
