package ogi.query.report;

import ogi.contracts.event.Severity;

/**
 * The filters of a report listing, all optional. {@code agency} is a literal substring; the others are exact.
 * Values are typed (no free-form document reaches MongoDB), so no parameter can inject an operator.
 */
public record ReportFilter(ReportStatus status, String agency, String region, Integer year, Severity minSeverity,
        String ruleId) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null);
    }
}
