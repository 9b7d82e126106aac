package ogi.parse.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import ogi.contracts.report.Section;
import ogi.contracts.template.ReportTemplate.SectionSpec;
import ogi.contracts.template.ReportTemplate;

/**
 * Finds the six section headings: a line that starts with the section's Chinese numeral and a separator
 * ({@code 一、}, {@code 一.}) and carries the heading's keywords near its start. A long line that only lists the
 * six parts is not a heading; a heading glued to its first sentence is.
 */
final class SectionReader {
    private static final String NUMERALS = "一二三四五六";
    private static final Pattern HEADING_START = Pattern.compile("^[\\s\\u3000]*([一二三四五六])[、.．,，\\s]");
    private static final int HEADING_WINDOW = 40;

    private SectionReader() {
    }

    /** Line index (0-based) of each section's heading, -1 when absent. */
    static int[] headingLines(ReportLines lines, ReportTemplate template) {
        int[] at = new int[7];
        Arrays.fill(at, -1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.clean(i);
            int first = 0;
            while (first < line.length() && TextBounds.isWhitespace(line.charAt(first))) {
                first++;
            }
            if (first == line.length() || NUMERALS.indexOf(line.charAt(first)) < 0) {
                continue;
            }
            var m = HEADING_START.matcher(line);
            if (!m.find()) {
                continue;
            }
            int number = NUMERALS.indexOf(m.group(1)) + 1;
            if (at[number] >= 0) {
                continue;
            }
            String start = Labels.normalize(line);
            start = start.substring(0, Math.min(start.length(), HEADING_WINDOW));
            SectionSpec spec = template.sections().get(number - 1);
            if (spec.keywords().stream().allMatch(start::contains)) {
                at[number] = i;
            }
        }
        return at;
    }

    static List<Section> read(ReportLines lines, int[] headingLines, ReportTemplate template) {
        List<Section> sections = new ArrayList<>();
        for (SectionSpec spec : template.sections()) {
            int at = headingLines[spec.number()];
            if (at < 0) {
                sections.add(new Section(spec.number(), spec.heading(), false, null, null));
                continue;
            }
            int end = lines.size();
            for (int other = 1; other <= 6; other++) {
                if (headingLines[other] > at && headingLines[other] < end) {
                    end = headingLines[other];
                }
            }
            int length = 0;
            for (int i = at; i < end; i++) {
                length += lines.clean(i).length() + 1;
            }
            StringBuilder text = new StringBuilder(length); // no copies as it grows
            String headingLine = lines.clean(at).strip();
            String glued = gluedText(headingLine, spec);
            if (!glued.isEmpty()) {
                text.append(glued).append('\n');
            }
            for (int i = at + 1; i < end; i++) {
                appendStripped(text, lines.clean(i));
            }
            // every part is stripped and ends in a line break: only the last one is left to cut
            if (!text.isEmpty()) {
                text.setLength(text.length() - 1);
            }
            sections.add(new Section(spec.number(), headingText(headingLine, glued), true, at + 1,
                    text.toString()));
        }
        return sections;
    }

    /** The line stripped and a line break, when anything is left of it (without copying the line first). */
    private static void appendStripped(StringBuilder text, String line) {
        int to = TextBounds.end(line, 0, line.length());
        int from = TextBounds.start(line, 0, to);
        if (from == to) {
            return;
        }
        if (from == 0 && to == line.length()) {
            text.append(line); // the whole line: one array copy, where a range is copied char by char
        } else {
            text.append(line, from, to);
        }
        text.append('\n');
    }

    /** Text written on the heading's own line after the heading (ends at 情况 or 事项). */
    private static String gluedText(String headingLine, SectionSpec spec) {
        for (String end : List.of("情况", "事项")) {
            int idx = headingLine.indexOf(end);
            if (idx >= 0 && idx < HEADING_WINDOW) {
                return headingLine.substring(idx + end.length()).strip();
            }
        }
        return "";
    }

    private static String headingText(String headingLine, String glued) {
        return glued.isEmpty() ? headingLine : headingLine.substring(0, headingLine.length() - glued.length()).strip();
    }
}
