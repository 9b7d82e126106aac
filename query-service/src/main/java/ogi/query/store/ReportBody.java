package ogi.query.store;

import ogi.contracts.report.Report;

/** A stored report's parsed body (null while not parsed) with its document id. */
public record ReportBody(String documentId, Report report) {
}
