package ogi.query.api;

import java.util.List;

/** {@code GET /stats}: reports by year and status, findings by rule and severity, the agencies with most errors. */
public record Stats(List<ReportCount> reportsByYearAndStatus, List<FindingCount> findingsByRuleAndSeverity,
        List<AgencyErrors> agenciesWithMostErrors) {

    /** Reports of a year (null: unknown) in a status. */
    public record ReportCount(Integer year, String status, long reports) {
    }

    /** Findings of a rule at a severity. */
    public record FindingCount(String ruleId, String severity, long findings) {
    }

    /** An agency's error and warning counts over its reports. */
    public record AgencyErrors(String agency, long errors, long warnings, long reports) {
        public static AgencyErrors of(AgencySummary a) {
            return new AgencyErrors(a.agency(), a.errors(), a.warnings(), a.reports());
        }
    }
}
