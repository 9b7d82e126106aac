package ogi.query.api;

import java.util.List;

/** {@code GET /stats}: reports by year and status, findings by rule and severity, the agencies with most errors. */
public record Stats(List<ReportCount> reportsByYearAndStatus, List<FindingCount> findingsByRuleAndSeverity,
        List<AgencyErrors> agenciesWithMostErrors) {

    /** Reports of a year (null: unknown) in a status. */
    public record ReportCount(Integer year, String status, long reports) {
        /** From a row of {@code ReportRepository.countsByYearAndStatus()}. */
        public static ReportCount from(org.bson.Document row) {
            org.bson.Document key = Stored.document(row, "_id");
            Integer rank = Stored.intValue(key, "statusRank");
            return new ReportCount(Stored.intValue(key, "year"),
                    ogi.query.report.ReportStatus.ofRank(rank == null ? 1 : rank).label(),
                    Stored.longValue(row, "reports"));
        }
    }

    /** Findings of a rule at a severity. */
    public record FindingCount(String ruleId, String severity, long findings) {
        /** From a row of {@code FindingRepository.countsByRuleAndSeverity()}. */
        public static FindingCount from(org.bson.Document row) {
            org.bson.Document key = Stored.document(row, "_id");
            return new FindingCount(Stored.text(key, "ruleId"), Stored.text(key, "severity"),
                    Stored.longValue(row, "findings"));
        }
    }

    /** An agency's error and warning counts over its reports. */
    public record AgencyErrors(String agency, long errors, long warnings, long reports) {
        public static AgencyErrors of(AgencySummary a) {
            return new AgencyErrors(a.agency(), a.errors(), a.warnings(), a.reports());
        }
    }
}
