package ogi.contracts.report;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A report as the parser read it. Every template row of the three tables is present; what the document does not
 * give is null, never zero. {@code text} is the document's text as extracted, for display and for re-checks.
 */
public record Report(
        ReportMetadata metadata,
        List<Section> sections,
        ReportTable table1,
        ReportTable table2,
        ReportTable table3,
        List<ProseFigure> proseFigures,
        List<String> parseNotes,
        String text) {

    /** True when part of the template was not found: a section, a table or a table row. */
    @JsonProperty("partial")
    public boolean partial() {
        return sections.stream().anyMatch(s -> !s.found())
                || Stream.of(table1, table2, table3)
                        .anyMatch(t -> !t.found() || t.rows().stream().anyMatch(r -> !r.found()));
    }

    public ReportTable table(String id) {
        return switch (id) {
            case "table1" -> table1;
            case "table2" -> table2;
            case "table3" -> table3;
            default -> null;
        };
    }

    public Section section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst().orElse(null);
    }
}
