package ogi.query.api;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import ogi.query.report.ReportStatus;

/**
 * A report as listed ({@code GET /reports}, an agency's series): its status, the file, who wrote it for which year,
 * where the agency sits, and the counts of its findings; without the parsed report, its text and its audit.
 */
public record ReportSummary(
        String documentId,
        String status,
        String fileName,
        String contentType,
        String format,
        Long sizeBytes,
        String sourceUrl,
        Instant receivedAt,
        String agency,
        String region,
        Placement division,
        List<String> divisionCodes,
        Integer year,
        String template,
        Boolean partial,
        Instant parsedAt,
        String parserVersion,
        FindingCounts findingCounts,
        String traceId,
        List<String> ruleIds,
        Failure failure) {

    /** The one place a stored report becomes its listed shape; fields not named here are never answered. */
    public static ReportSummary from(Document doc) {
        return new ReportSummary(
                Stored.text(doc, "_id"),
                ReportStatus.ofRank(doc.getInteger("statusRank", ReportStatus.RECEIVED.rank())).label(),
                Stored.text(doc, "fileName"),
                Stored.text(doc, "contentType"),
                Stored.text(doc, "format"),
                Stored.longValue(doc, "sizeBytes"),
                Stored.text(doc, "sourceUrl"),
                Stored.instant(doc, "receivedAt"),
                Stored.text(doc, "agency"),
                Stored.text(doc, "region"),
                Placement.from(Stored.document(doc, "division")),
                Stored.strings(doc, "divisionCodes"),
                Stored.intValue(doc, "year"),
                Stored.text(doc, "template"),
                doc.get("partial") instanceof Boolean b ? b : null,
                Stored.instant(doc, "parsedAt"),
                Stored.text(doc, "parserVersion"),
                FindingCounts.from(Stored.document(doc, "findingCounts")),
                Stored.text(doc, "traceId"),
                Stored.strings(doc, "ruleIds"),
                Failure.from(Stored.document(doc, "failure")));
    }
}
