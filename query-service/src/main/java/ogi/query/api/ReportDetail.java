package ogi.query.api;

import java.util.Map;

import org.bson.Document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.report.Report;

/**
 * One report whole ({@code GET /reports/{id}}): what the listing shows, the parsed report (the contract's
 * {@link Report}, its text answered once, at the top), the extracted text, and the audit with its findings' reviews.
 */
public record ReportDetail(@JsonUnwrapped ReportSummary summary, @JsonIgnoreProperties("text") Report report,
        String text, Audit audit) {

    /** The one place a stored report becomes its detail; {@code reviews} by finding id. */
    public static ReportDetail from(Document doc, Map<String, Document> reviews) {
        return new ReportDetail(ReportSummary.from(doc), Stored.as(Stored.document(doc, "report"), Report.class),
                Stored.text(doc, "text"), Audit.from(Stored.document(doc, "audit"), reviews));
    }
}
