package ogi.query.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import ogi.contracts.event.RuleResult;

/** A report's audit: the rule catalogue's version, when, the findings with their reviews, every rule's result. */
public record Audit(String catalogueVersion, Instant auditedAt, List<AuditFinding> findings,
        List<RuleResult> ruleResults) {

    static Audit from(Document doc, Map<String, Document> reviews) {
        if (doc == null) {
            return null;
        }
        return new Audit(Stored.text(doc, "catalogueVersion"), Stored.instant(doc, "auditedAt"),
                Stored.documents(doc, "findings").stream().map(f -> AuditFinding.from(f, reviews)).toList(),
                doc.containsKey("ruleResults") ? Stored.documents(doc, "ruleResults").stream()
                        .map(r -> Stored.as(r, RuleResult.class)).toList() : null);
    }

    /** The ids of a stored audit's findings (to look their reviews up). */
    public static List<String> findingIds(Document report) {
        Document audit = Stored.document(report, "audit");
        return audit == null ? List.of()
                : Stored.documents(audit, "findings").stream().map(f -> Stored.text(f, "findingId")).toList();
    }
}
