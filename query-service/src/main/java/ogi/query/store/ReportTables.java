package ogi.query.store;

import ogi.contracts.report.Report;

/** A report's row of the region export: agency, division path, finding counts and the parsed report's tables. */
public record ReportTables(String documentId, String agency, String divisionPath, long errors, long warnings,
        Report report) {
}
