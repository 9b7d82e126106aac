package ogi.query.store;

import static ogi.query.store.StoredValues.as;
import static ogi.query.store.StoredValues.document;
import static ogi.query.store.StoredValues.documents;
import static ogi.query.store.StoredValues.instant;
import static ogi.query.store.StoredValues.intValue;
import static ogi.query.store.StoredValues.longValue;
import static ogi.query.store.StoredValues.strings;
import static ogi.query.store.StoredValues.text;

import java.util.List;
import java.util.Map;

import org.bson.Document;

import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.Finding;
import ogi.contracts.event.RuleResult;
import ogi.contracts.report.Report;
import ogi.query.api.AgencySummary;
import ogi.query.api.Alert;
import ogi.query.api.Audit;
import ogi.query.api.AuditFinding;
import ogi.query.api.Failure;
import ogi.query.api.FindingCounts;
import ogi.query.api.FindingItem;
import ogi.query.api.Placement;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.api.Review;
import ogi.query.api.Stats;
import ogi.query.report.ReportStatus;

/**
 * The one place stored documents become the typed records of {@code ogi.query.api} (explicit decoding, see the
 * README): only the fields a record names are read, so a field added to a stored document reaches no client until a
 * record gets it. The deep parts written from a contract record ({@code Report}, {@code Finding},
 * {@code RuleResult}, {@code AlertEvent}) are read back into it.
 */
final class StoredShapes {
    private StoredShapes() {
    }

    static ReportSummary summary(Document doc) {
        return new ReportSummary(
                text(doc, "_id"),
                ReportStatus.ofRank(doc.getInteger("statusRank", ReportStatus.RECEIVED.rank())).label(),
                text(doc, "fileName"),
                text(doc, "contentType"),
                text(doc, "format"),
                longValue(doc, "sizeBytes"),
                text(doc, "sourceUrl"),
                instant(doc, "receivedAt"),
                text(doc, "agency"),
                text(doc, "region"),
                placement(document(doc, "division")),
                strings(doc, "divisionCodes"),
                intValue(doc, "year"),
                text(doc, "template"),
                doc.get("partial") instanceof Boolean b ? b : null,
                instant(doc, "parsedAt"),
                text(doc, "parserVersion"),
                counts(document(doc, "findingCounts")),
                text(doc, "traceId"),
                strings(doc, "ruleIds"),
                failure(document(doc, "failure")));
    }

    /** {@code reviews} by finding id. */
    static ReportDetail detail(Document doc, Map<String, Review> reviews) {
        return new ReportDetail(summary(doc), as(document(doc, "report"), Report.class), text(doc, "text"),
                audit(document(doc, "audit"), reviews));
    }

    static Audit audit(Document doc, Map<String, Review> reviews) {
        if (doc == null) {
            return null;
        }
        return new Audit(text(doc, "catalogueVersion"), instant(doc, "auditedAt"),
                documents(doc, "findings").stream().map(f -> auditFinding(f, reviews)).toList(),
                doc.containsKey("ruleResults") ? documents(doc, "ruleResults").stream()
                        .map(r -> as(r, RuleResult.class)).toList() : null);
    }

    private static AuditFinding auditFinding(Document stored, Map<String, Review> reviews) {
        Finding f = as(stored, Finding.class);
        return new AuditFinding(f, reviews.get(f.findingId()));
    }

    /** The ids of a stored report's audit findings (to look their reviews up). */
    static List<String> auditFindingIds(Document report) {
        Document audit = document(report, "audit");
        return audit == null ? List.of()
                : documents(audit, "findings").stream().map(f -> text(f, "findingId")).toList();
    }

    static FindingItem finding(Document doc, Map<String, Review> reviews) {
        String id = text(doc, "_id");
        Document finding = new Document(doc).append("findingId", id);
        return new FindingItem(as(finding, Finding.class), text(doc, "documentId"), text(doc, "agency"),
                text(doc, "region"), intValue(doc, "year"), text(doc, "catalogueVersion"),
                instant(doc, "auditedAt"), reviews.get(id));
    }

    /** Null stays null (not reviewed). */
    static Review review(Document doc) {
        if (doc == null) {
            return null;
        }
        return new Review(text(doc, "documentId"), text(doc, "ruleId"), text(doc, "decision"), text(doc, "reason"),
                text(doc, "reviewer"), instant(doc, "reviewedAt"),
                doc.containsKey("history") ? documents(doc, "history").stream().map(StoredShapes::decision).toList()
                        : null);
    }

    private static Review.Decision decision(Document doc) {
        return new Review.Decision(text(doc, "decision"), text(doc, "reason"), text(doc, "reviewer"),
                instant(doc, "reviewedAt"));
    }

    static Alert alert(Document doc) {
        return new Alert(longValue(doc, "seq"), as(doc, AlertEvent.class), instant(doc, "storedAt"),
                doc.get("dismissed") instanceof Boolean b ? b : null);
    }

    /** A row of the agencies' grouping (the name in {@code _id}). */
    static AgencySummary agency(Document row) {
        List<Integer> years = row.get("years") instanceof List<?> list
                ? list.stream().map(y -> y instanceof Number n ? n.intValue() : null).toList() : List.of();
        return new AgencySummary(text(row, "_id"), count(row, "reports"), years, text(row, "region"),
                count(row, "errors"), count(row, "warnings"));
    }

    static Stats.ReportCount reportCount(Document row) {
        Document key = document(row, "_id");
        Integer rank = intValue(key, "statusRank");
        return new Stats.ReportCount(intValue(key, "year"), ReportStatus.ofRank(rank == null ? 1 : rank).label(),
                count(row, "reports"));
    }

    static Stats.FindingCount findingCount(Document row) {
        Document key = document(row, "_id");
        return new Stats.FindingCount(text(key, "ruleId"), text(key, "severity"), count(row, "findings"));
    }

    static Placement placement(Document doc) {
        return doc == null ? null
                : new Placement(text(doc, "code"), text(doc, "province"), text(doc, "prefecture"),
                        text(doc, "county"), text(doc, "path"), text(doc, "source"));
    }

    static FindingCounts counts(Document doc) {
        return doc == null ? null
                : new FindingCounts(longValue(doc, "info"), longValue(doc, "warning"), longValue(doc, "error"));
    }

    private static Failure failure(Document doc) {
        return doc == null ? null : new Failure(text(doc, "stage"), text(doc, "reason"), instant(doc, "at"));
    }

    private static long count(Document row, String key) {
        Long v = longValue(row, key);
        return v == null ? 0 : v;
    }
}
