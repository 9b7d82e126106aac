package ogi.query.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.report.Report;

/**
 * One report whole ({@code GET /reports/{id}}): what the listing shows, the parsed report (the contract's
 * {@link Report}, its text answered once, at the top), the extracted text, and the audit with its findings' reviews.
 */
public record ReportDetail(@JsonUnwrapped ReportSummary summary, @JsonIgnoreProperties("text") Report report,
        String text, Audit audit) {
}
