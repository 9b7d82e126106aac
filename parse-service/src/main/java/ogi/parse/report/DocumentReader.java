package ogi.parse.report;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.event.EventTypes;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.report.Report;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * Reads a raw document into a parsed report: extraction, then parsing. A document in which nothing of the template
 * is found is refused as unreadable; one in which only part is found is a parsed report marked partial.
 */
@ApplicationScoped
public class DocumentReader {
    private final DocumentTextExtractor extractor;
    private final ReportParser parser;

    public DocumentReader(DocumentTextExtractor extractor, ReportParser parser) {
        this.extractor = extractor;
        this.parser = parser;
    }

    public ParsedReportEvent read(RawDocumentEvent raw) {
        String text = extractor.extract(raw.format(), raw.content(), raw.contentType());
        Report report = parser.parse(text);
        if (ReportParser.recognisesNothing(report)) {
            throw new UnreadableDocumentException("not an annual report on open government information: none of the "
                    + "six section headings and none of the three tables of the template was found");
        }
        return new ParsedReportEvent(EventTypes.SCHEMA_VERSION, raw.documentId(), ReportParser.VERSION,
                Instant.now(), raw.fileName(), raw.format(), report, raw.batchId());
    }
}
