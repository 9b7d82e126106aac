package ogi.audit.series;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;

/**
 * The parsed reports the audit has seen, by agency and year: what the year-on-year rules compare a report with
 * (YEAR-001, YEAR-002, PROSE-003). The service keeps them in MongoDB ({@link AuditedReportRepository}); the offline
 * audit ({@code audit-cli}) keeps the files of one run in memory ({@link InMemoryReportSeries}).
 */
public interface ReportSeries {

    /** Remembers a parsed report; saving the same document id again replaces it. */
    void save(ParsedReportEvent event);

    /**
     * The agency's reports for the year, newest first. {@code agency} is the metadata's series key
     * ({@code ReportMetadata.seriesKey()}: the normalised agency key, or the name for events without one), so
     * 独山子区城市管理局 and 克拉玛依市独山子区城市管理局 are one series.
     */
    List<ParsedReportEvent> find(String agency, int year);

    /** Remembers several parsed reports (a poll's); by default one at a time. */
    default void saveAll(List<ParsedReportEvent> events) {
        events.forEach(this::save);
    }

    /** The reports of each of these agencies' years, newest first, as {@link #find}; by default one find each. */
    default Map<AgencyYear, List<ParsedReportEvent>> findAll(Collection<AgencyYear> years) {
        Map<AgencyYear, List<ParsedReportEvent>> found = new LinkedHashMap<>();
        years.forEach(y -> found.put(y, find(y.agency(), y.year())));
        return found;
    }

    /** The report seen under the document id, if any. */
    Optional<ParsedReportEvent> byId(String documentId);

    /** Every report seen, one at a time, in document id order (for a re-audit); returns how many. */
    long forEach(Consumer<ParsedReportEvent> action);

    /** The newest parsed report of the agency for the year, other than the given document. */
    default Optional<ParsedReportEvent> latest(String agency, int year, String exceptDocumentId) {
        return find(agency, year).stream().filter(e -> !e.documentId().equals(exceptDocumentId)).findFirst();
    }

    /**
     * What the report is compared with: the agency's newest report for the year before (another document), or null
     * when the report's agency or year is unknown or no such report has been seen.
     */
    default Report previousYear(ParsedReportEvent event) {
        ReportMetadata meta = event.report().metadata();
        if (meta.seriesKey() == null || meta.year() == null) {
            return null;
        }
        return latest(meta.seriesKey(), meta.year() - 1, event.documentId()).map(ParsedReportEvent::report).orElse(null);
    }
}
