package ogi.query.api;

import java.time.Instant;
import java.util.List;

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
}
