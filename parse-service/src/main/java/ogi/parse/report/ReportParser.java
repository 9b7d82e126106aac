package ogi.parse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.report.Cell;
import ogi.contracts.report.LabelMatch;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.Section;
import ogi.contracts.report.TableRow;
import ogi.contracts.template.ReportTemplate.RowSpec;
import ogi.contracts.template.ReportTemplate.TableSpec;
import ogi.contracts.template.ReportTemplate;

/**
 * Turns the text of a report, in any of its layouts, into a {@link Report}. It anchors on the template's fixed
 * labels rather than on the layout's geometry, so cell-per-line, tab-separated, pipe-separated, HTML, DOCX and PDF
 * text all go through the same path. What the document does not give stays null.
 */
@ApplicationScoped
public class ReportParser {
    public static final String VERSION = "1.0";
    /** Longest text carried in the event (whole text, and each section); beyond it the text is cut and said so. */
    public static final int MAX_TEXT_CHARS = 200_000;
    /** Longest text read for sections, tables and figures (see {@link #readable}). */
    public static final int MAX_READ_CHARS = 400_000;

    private static final Set<String> OLDER_TEMPLATE_MARKERS = ReportTemplate.v2021()
            .olderTemplateMarkers().stream().map(Labels::normalize).collect(Collectors.toSet());
    private static final int SHORTEST_MARKER = OLDER_TEMPLATE_MARKERS.stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST_MARKER = OLDER_TEMPLATE_MARKERS.stream().mapToInt(String::length).max().orElse(0);

    public Report parse(String text) {
        List<String> notes = new ArrayList<>();
        ReportLines lines = ReportLines.split(Simplified.of(readable(text, notes)));
        List<Token> tokens = Tokenizer.tokenize(lines);
        ReportTemplate template = usesOlderTemplate(tokens) ? ReportTemplate.v2019() : ReportTemplate.v2021();

        int[] headings = SectionReader.headingLines(lines, template);
        List<Section> sections = SectionReader.read(lines, headings, template).stream()
                .map(s -> capped(s, notes)).toList();

        int table1Start = firstTokenContaining(tokens, 0, "第二十条");
        TableReader.Result table2 = TableReader.readRows(template.table("table2"), tokens, 0, tokens.size(), notes);
        int table2Start = table2.rowsFound() > 0 ? table2.firstIndex() : tokenAtLine(tokens, headings[3]);
        int table1End = table2Start >= 0 ? table2Start : tokens.size();
        TableReader.Result table1 = TableReader.readRows(template.table("table1"), tokens,
                Math.max(0, table1Start), table1End, notes);
        boolean table1Found = table1Start >= 0 || table1.rowsFound() > 0;
        boolean table2Found = table2.rowsFound() > 0
                || firstTokenContaining(tokens, 0, "勾稽关系") >= 0 || firstTokenContaining(tokens, 0, "申请人情况") >= 0;

        int table3From = Math.max(table2.lastIndex() + 1, tokenAtLine(tokens, headings[4]));
        ReportTable table3 = readTable3(template.table("table3"), tokens, Math.max(0, table3From), notes);

        Section first = sections.get(0);
        MetadataReader.Metadata meta = MetadataReader.read(lines, first.found() ? first.text() : null);
        String templateVersion = table1Found || table2Found || table3.found() ? template.version() : null;
        List<ProseFigure> figures = ProseFigureReader.read(lines, meta.year());

        return new Report(
                new ReportMetadata(meta.agency(), meta.region(), meta.year(), meta.publicationDate(), templateVersion,
                        meta.agencyKey()),
                sections,
                new ReportTable("table1", table1Found, table1.rows()),
                new ReportTable("table2", table2Found, table2.rows()),
                table3,
                figures,
                notes,
                cap(text, "the text", notes));
    }

    /**
     * The part of the text that is read: a report is tens of thousands of characters, its tables near the start; a
     * document of megabytes (a report with pages of appendices, or filler) is read up to {@link #MAX_READ_CHARS},
     * so that reading it takes the memory of a long report, not of the whole document.
     */
    private static String readable(String text, List<String> notes) {
        if (text.length() <= MAX_READ_CHARS) {
            return text;
        }
        notes.add("the text has " + text.length() + " characters; only the first " + MAX_READ_CHARS + " are read");
        return text.substring(0, MAX_READ_CHARS);
    }

    /** Lines split on \\n, \\r\\n or \\r. */
    static List<String> lines(String text) {
        return ReportLines.split(text).rawLines();
    }

    private static Section capped(Section s, List<String> notes) {
        return s.text() == null ? s
                : new Section(s.number(), s.heading(), s.found(), s.line(), cap(s.text(), "section " + s.number(), notes));
    }

    private static String cap(String text, String what, List<String> notes) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        notes.add(what + " has " + text.length() + " characters; only the first " + MAX_TEXT_CHARS + " are kept");
        return text.substring(0, MAX_TEXT_CHARS);
    }

    /** True when nothing of the template was found: no section heading and no table. */
    public static boolean recognisesNothing(Report report) {
        return report.sections().stream().noneMatch(Section::found)
                && !report.table1().found() && !report.table2().found() && !report.table3().found();
    }

    /**
     * Table 3 is one data row of fifteen numbers under a header of several rows. It starts at the first cell that
     * reads 行政复议 after Table 2, and its values are the first run of value cells after the header.
     */
    private ReportTable readTable3(TableSpec spec, List<Token> tokens, int from, List<String> notes) {
        RowSpec row = spec.rows().get(0);
        int header = -1;
        for (int i = from; i < tokens.size(); i++) {
            if (isTable3Header(tokens.get(i).normalized())) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return new ReportTable(spec.id(), false, List.of(TableReader.missingRow(row)));
        }
        int i = header + 1;
        while (i < tokens.size() && (tokens.get(i).isEmpty() || !CellValues.isValueToken(tokens.get(i)))) {
            if (isSectionStart(tokens.get(i))) {
                break;
            }
            i++;
        }
        List<Token> values = TableReader.valuesAfter(tokens, i, tokens.size(), row.columns().size());
        if (values.isEmpty()) {
            return new ReportTable(spec.id(), true, List.of(TableReader.missingRow(row)));
        }
        if (values.size() > row.columns().size()) {
            notes.add("table3: " + values.size() + " values for " + row.columns().size() + " columns at line "
                    + values.get(0).line() + "; the extra ones are ignored");
        }
        Map<String, Cell> cells = new LinkedHashMap<>(TableReader.cells(row, values));
        Token label = tokens.get(header);
        return new ReportTable(spec.id(), true, List.of(new TableRow(row.key(), row.label(), true, label.text(),
                LabelMatch.EXACT, values.get(0).line(), 1, cells)));
    }

    /** The header cell 行政复议, alone or run together with 行政诉讼 as PDF text gives it; not a heading. */
    private static boolean isTable3Header(String normalized) {
        return normalized.equals("行政复议")
                || normalized.startsWith("行政复议") && normalized.length() <= 12 && !normalized.contains("情况");
    }

    private static boolean isSectionStart(Token token) {
        String n = token.normalized();
        return n.startsWith("五存在") || n.startsWith("六其他需要");
    }

    /** The 2019 format's own column and row labels (本年新制作数量, 政府集中采购 ...) tell it apart. */
    private static boolean usesOlderTemplate(List<Token> tokens) {
        for (Token t : tokens) {
            int length = t.normalized().length();
            if (length >= SHORTEST_MARKER && length <= LONGEST_MARKER && OLDER_TEMPLATE_MARKERS.contains(t.normalized())) {
                return true;
            }
        }
        return false;
    }

    private static int firstTokenContaining(List<Token> tokens, int from, String text) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).normalized().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first token on a 0-based line index, -1 when the line is -1. */
    private static int tokenAtLine(List<Token> tokens, int lineIndex) {
        if (lineIndex < 0) {
            return -1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).line() >= lineIndex + 1) {
                return i;
            }
        }
        return tokens.size();
    }
}
