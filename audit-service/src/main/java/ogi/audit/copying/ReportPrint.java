package ogi.audit.copying;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.report.ReportMetadata;
import ogi.contracts.report.Section;

/**
 * A report as the copy index keeps it: document id, agency (its series key and name), year and the shingles of each
 * section with text. {@code agencyKey} is null when the agency is unknown, which is then no agency's own report.
 */
public record ReportPrint(String documentId, String agencyKey, String agency, Integer year,
        List<SectionPrint> sections) {

    public static ReportPrint of(ParsedReportEvent event) {
        ReportMetadata meta = event.report().metadata();
        List<SectionPrint> sections = new ArrayList<>();
        for (Section s : event.report().sections()) {
            int[] shingles = Shingles.ofSection(s.number(), s.text());
            if (shingles.length > 0) {
                sections.add(new SectionPrint(s.number(), s.heading(), shingles));
            }
        }
        return new ReportPrint(event.documentId(), meta.seriesKey(), meta.agency(), meta.year(), sections);
    }

    /** True when both are reports of one known agency (its own reports are PROSE-003's business, not copying). */
    public boolean sameAgency(ReportPrint other) {
        return agencyKey != null && Objects.equals(agencyKey, other.agencyKey);
    }

    public SectionPrint section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst().orElse(null);
    }
}
