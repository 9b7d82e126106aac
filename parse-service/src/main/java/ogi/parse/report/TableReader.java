package ogi.parse.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ogi.contracts.report.Cell;
import ogi.contracts.report.LabelMatch;
import ogi.contracts.report.TableRow;
import ogi.contracts.template.ReportTemplate.RowSpec;
import ogi.contracts.template.ReportTemplate.TableSpec;

/**
 * Reads the rows of a table from the token stream by anchoring on row labels: the values of a row are the cells
 * that follow its label up to the next cell that is not a value. Leading and trailing blank cells (merged cells,
 * trailing separators) are dropped; a blank between two values is a missing value.
 */
final class TableReader {

    record Result(List<TableRow> rows, int firstIndex, int lastIndex, int rowsFound) {
    }

    private record FoundRow(RowMatcher.Match match, Token label, List<Token> values, int order, int index, int end) {
    }

    /** The key the 2019 format gives （六）其他处理 as one row; a 2021 table written so keeps it under this key. */
    static final String ONE_ROW_OTHER_PROCESSING = "other_processing";
    private static final String OTHER_PROCESSING_GROUP = "（六）其他处理";

    private TableReader() {
    }

    static Result readRows(TableSpec spec, List<Token> tokens, int from, int to, List<String> notes) {
        RowMatcher matcher = RowMatcher.of(spec);
        TokenMatches matches = new TokenMatches(matcher, tokens);
        Map<String, FoundRow> found = new HashMap<>();
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isEmpty() || CellValues.isValueToken(token)) {
                continue;
            }
            Optional<RowMatcher.Match> match = matches.at(i);
            Wrapped wrapped = null;
            if (match.isEmpty() || valuesAfter(tokens, i + 1, to, match.get().row().columns().size()).isEmpty()) {
                wrapped = wrapped(matches, tokens, i, to, match);
                if (wrapped != null) {
                    match = Optional.of(wrapped.match());
                }
            }
            if (match.isEmpty()) {
                continue;
            }
            String key = match.get().row().key();
            if (found.containsKey(key)) {
                notes.add(spec.id() + ": row " + key + " appears again at line " + token.line() + "; first kept");
                continue;
            }
            int valuesFrom = wrapped == null ? i + 1 : wrapped.valuesFrom();
            List<Token> values = valuesAfter(tokens, valuesFrom, to, match.get().row().columns().size());
            String written = wrapped != null ? wrapped.labelAsWritten()
                    : match.get().text() != null ? match.get().text() : token.text();
            if (wrapped == null && match.get().kind() != LabelMatch.EXACT && !values.isEmpty()) {
                // a label whose end wrapped onto the line after its values
                written = completed(matcher, written, match.get(), tokens, valuesFrom + values.size(),
                        values.get(values.size() - 1).line(), to);
                Optional<RowMatcher.Match> completedMatch = matcher.match(written);
                if (completedMatch.isPresent() && completedMatch.get().row().equals(match.get().row())) {
                    match = completedMatch;
                }
            }
            Token label = written.equals(token.text()) ? token : Token.of(written, token.line());
            found.put(key, new FoundRow(match.get(), label, values, found.size() + 1, i, valuesFrom + values.size()));
            first = first < 0 ? i : first;
            last = valuesFrom - 1 + values.size();
            if (wrapped != null) {
                i = valuesFrom - 1;
            }
        }
        if (!found.isEmpty()) {
            readDamagedLabels(spec, matches, tokens, to, found, notes);
        }
        RowSpec oneRowOther = found.isEmpty() ? null : oneRowOtherProcessing(spec, matcher, tokens, to, found, notes);
        // the order in which the rows appear, also for those read by their position
        List<FoundRow> byIndex = new ArrayList<>(found.values());
        byIndex.sort(Comparator.comparingInt(FoundRow::index));
        Map<String, Integer> order = new HashMap<>();
        for (FoundRow f : byIndex) {
            order.put(f.match().row().key(), order.size() + 1);
        }
        List<TableRow> rows = new ArrayList<>();
        for (RowSpec spec1 : spec.rows()) {
            FoundRow f = found.get(spec1.key());
            if (oneRowOther != null && spec1.key().equals("total_handled")) {
                rows.add(toRow(spec.id(), oneRowOther, found.get(ONE_ROW_OTHER_PROCESSING),
                        order.get(ONE_ROW_OTHER_PROCESSING), notes));
            }
            rows.add(f == null ? missingRow(spec1) : toRow(spec.id(), spec1, f, order.get(spec1.key()), notes));
        }
        for (FoundRow f : found.values()) {
            first = first < 0 ? f.index() : Math.min(first, f.index());
            last = Math.max(last, f.end() - 1);
        }
        return new Result(rows, first, last, found.size());
    }

    /**
     * A row whose label is damaged (characters missing: {@code 2.其他法律行政止公开}) is read by its position: between
     * the rows found before and after it in the template's order, a line with a label that names no row, carries
     * the missing row's numbering and keeps at least half of its words, followed by values. Its label is kept as
     * written, a typo.
     */
    private static void readDamagedLabels(TableSpec spec, TokenMatches matches, List<Token> tokens, int to,
            Map<String, FoundRow> found, List<String> notes) {
        List<RowSpec> rows = spec.rows();
        for (int r = 0; r < rows.size(); r++) {
            RowSpec missing = rows.get(r);
            if (found.containsKey(missing.key())) {
                continue;
            }
            FoundRow before = r > 0 ? found.get(rows.get(r - 1).key()) : null;
            FoundRow after = r + 1 < rows.size() ? found.get(rows.get(r + 1).key()) : null;
            if (before == null || after == null || before.end() > after.index()) {
                continue;
            }
            String normalizedLabel = Labels.normalize(missing.label());
            String numbering = Labels.numbering(normalizedLabel);
            String core = Labels.withoutNumbering(normalizedLabel);
            if (numbering.isEmpty()) {
                continue;
            }
            int candidate = -1;
            String written = null;
            for (int i = before.end(); i < after.index(); i++) {
                Token t = tokens.get(i);
                if (t.value() || t.normalized().isEmpty() || matches.at(i).isPresent()
                        || i + 1 >= to || !tokens.get(i + 1).value() || tokens.get(i + 1).isEmpty()
                        || tokens.get(i + 1).line() != t.line()) {
                    continue;
                }
                String fits = damagedLabel(t.text().strip(), numbering, core);
                if (fits != null) {
                    if (candidate >= 0) {
                        candidate = -2;
                        break;
                    }
                    candidate = i;
                    written = fits;
                }
            }
            if (candidate < 0) {
                continue;
            }
            List<Token> values = valuesAfter(tokens, candidate + 1, to, missing.columns().size());
            Token label = Token.of(written, tokens.get(candidate).line());
            found.put(missing.key(), new FoundRow(new RowMatcher.Match(missing, LabelMatch.TYPO, written), label,
                    values, 0, candidate, candidate + 1 + values.size()));
            notes.add(spec.id() + ": row " + missing.key() + " read by its position from the damaged label '"
                    + written + "' at line " + label.line());
        }
    }

    /** The text, or its tail after a space, when it has the numbering and at least half of the core's words. */
    private static String damagedLabel(String text, String numbering, String core) {
        List<String> parts = new ArrayList<>();
        parts.add(text);
        for (int k = 0; k < text.length(); k++) {
            if (TextBounds.isWhitespace(text.charAt(k))) { // U+3000 too
                parts.add(text.substring(k + 1).strip());
            }
        }
        Collections.reverse(parts); // the shortest part that fits: no other cell's text before it
        for (String part : parts) {
            String n = Labels.normalize(part);
            if (numbering.equals(Labels.numbering(n))
                    && Labels.editDistance(Labels.withoutNumbering(n), core) * 2 <= core.length()) {
                return part;
            }
        }
        return null;
    }

    /**
     * The older format's （六）其他处理 as one row with values, where the table has none of its three sub-rows (a
     * 2021 table keeping the 2019 row): read under the 2019 key {@code other_processing}, placed before （七）总计;
     * the three sub-rows stay missing and the audit says how the table differs from the template.
     */
    private static RowSpec oneRowOtherProcessing(TableSpec spec, RowMatcher matcher, List<Token> tokens, int to,
            Map<String, FoundRow> found, List<String> notes) {
        List<RowSpec> subRows = spec.rows().stream().filter(r -> OTHER_PROCESSING_GROUP.equals(r.group())).toList();
        if (subRows.isEmpty() || subRows.stream().anyMatch(r -> found.containsKey(r.key()))) {
            return null;
        }
        FoundRow total = found.get("total_handled");
        int from = found.values().stream().filter(f -> "（五）不予处理".equals(f.match().row().group()))
                .mapToInt(FoundRow::end).max().orElse(found.values().stream().mapToInt(FoundRow::index).min().orElse(0));
        int until = total != null ? total.index() : to;
        String wanted = Labels.normalize(OTHER_PROCESSING_GROUP);
        RowSpec like = subRows.get(0);
        for (int i = from; i < until; i++) {
            Token t = tokens.get(i);
            if (t.value() || !t.normalized().endsWith(wanted)) {
                continue;
            }
            int first = firstValueOfMergedRow(tokens, i + 1, to, like.columns().size());
            if (first >= to || !tokens.get(first).value() || tokens.get(first).isEmpty()
                    || tokens.get(first).line() != t.line()) {
                continue;
            }
            List<Token> values = valuesAfter(tokens, first, to, like.columns().size());
            RowSpec row = new RowSpec(ONE_ROW_OTHER_PROCESSING, OTHER_PROCESSING_GROUP, List.of(), like.columns(),
                    null, like.block(), like.unit(), true);
            notes.add(spec.id() + ": （六）其他处理 is one row without its sub-rows at line " + t.line()
                    + " (the 2019 format's row), read as " + ONE_ROW_OTHER_PROCESSING);
            String written = t.text().strip();
            int at = written.indexOf('（') >= 0 ? written.lastIndexOf('（') : written.lastIndexOf('(');
            Token label = at > 0 && Labels.normalize(written.substring(at)).equals(wanted)
                    ? Token.of(written.substring(at), t.line()) : t;
            found.put(ONE_ROW_OTHER_PROCESSING, new FoundRow(new RowMatcher.Match(row, LabelMatch.VARIANT),
                    label, values, 0, i, i + 1 + values.size()));
            return row;
        }
        return null;
    }

    /**
     * Where the values of a row start that follows its label: past the empty cells a label merged across the group
     * and sub-row columns leaves ({@code \t（六）其他处理\t\t0\t0...}), as long as more cells than columns remain on the
     * line, so that a first value left blank is still read as blank.
     */
    private static int firstValueOfMergedRow(List<Token> tokens, int start, int to, int columns) {
        int line = start < to ? tokens.get(start).line() : -1;
        int onLine = 0;
        for (int j = start; j < to && tokens.get(j).line() == line; j++) {
            onLine++;
        }
        int first = start;
        while (first < to && onLine > columns && tokens.get(first).isEmpty() && tokens.get(first).line() == line) {
            first++;
            onLine--;
        }
        return first;
    }

    /** A row label wrapped over several lines, as PDF text gives it, and where its values start. */
    private record Wrapped(RowMatcher.Match match, String labelAsWritten, int valuesFrom) {
    }

    /** Lines a wrapped label may span: the fragments before its values. */
    private static final int MAX_FRAGMENTS = 3;

    /**
     * A row label wrapped over lines with its values on one of them (PDF text: {@code 5.要求行政机关确认或重新出} /
     * {@code 具已获取信息 0 0 0 0 0 0 0} / {@code 理其政府信息公开申请} after it). The label at {@code i} is followed
     * by up to three fragments on the next lines, none of which is a row label of its own, the last with the
     * values on its line. When the first line alone names no row, the joined fragments must. The label as written
     * is the joined label (with a fragment after the values when that completes it); parts of other cells set on the
     * same lines (a vertical group label such as {@code 果 (三)不予 公开}) are left out when the label reads without them.
     * Null when the label is not wrapped.
     */
    private static Wrapped wrapped(TokenMatches matches, List<Token> tokens, int i, int to,
            Optional<RowMatcher.Match> alone) {
        RowMatcher matcher = matches.matcher();
        Token start = tokens.get(i);
        if (start.normalized().isEmpty()) {
            return null;
        }
        if (!reachesValues(matches, tokens, i, to)) {
            return null;
        }
        int line = start.line();
        StringBuilder joined = new StringBuilder(alone.map(RowMatcher.Match::text).orElse(start.text()).strip());
        for (int j = i + 1; j < to && j <= i + MAX_FRAGMENTS; j++) {
            Token fragment = tokens.get(j);
            if (fragment.value() || fragment.normalized().isEmpty() || fragment.line() > line + 1
                    || fragment.line() == start.line() || matches.at(j).isPresent()) {
                return null;
            }
            line = fragment.line();
            int columns = alone.map(m -> m.row().columns().size()).orElse(1);
            // the values on the fragment's line, or on a line of their own just after it
            boolean valuesOnLine = j + 1 < to && tokens.get(j + 1).value() && !tokens.get(j + 1).isEmpty()
                    && (tokens.get(j + 1).line() == line || tokens.get(j + 1).line() == line + 1);
            String best = bestJoin(matcher, joined.toString(), fragment.text().strip(), alone);
            if (valuesOnLine) {
                Optional<RowMatcher.Match> match = best == null ? Optional.empty() : matcher.match(best);
                if (alone.isPresent() && (match.isEmpty() || !match.get().row().equals(alone.get().row()))) {
                    match = alone;
                    best = joined.toString();
                }
                if (match.isEmpty()) {
                    return null;
                }
                String written = completed(matcher, best, match.get(), tokens,
                        j + 1 + valuesAfter(tokens, j + 1, to, columns).size(), line, to);
                Optional<RowMatcher.Match> writtenMatch = matcher.match(written);
                if (writtenMatch.isPresent() && writtenMatch.get().row().equals(match.get().row())) {
                    match = writtenMatch;
                }
                return new Wrapped(match.get(), written, j + 1);
            }
            if (best != null) {
                joined.append(best.substring(joined.length()));
            }
            // else another cell's text set between the label's lines (他处理 of a vertical （六）其他处理): skipped
        }
        return null;
    }

    /**
     * Whether the fragments after the label at {@code i} reach a line with values before anything ends the label:
     * the cheap part of {@link #wrapped}, which joins and matches labels only when it does.
     */
    private static boolean reachesValues(TokenMatches matches, List<Token> tokens, int i, int to) {
        int line = tokens.get(i).line();
        for (int j = i + 1; j < to && j <= i + MAX_FRAGMENTS; j++) {
            Token fragment = tokens.get(j);
            if (fragment.value() || fragment.normalized().isEmpty() || fragment.line() > line + 1
                    || fragment.line() == tokens.get(i).line() || matches.at(j).isPresent()) {
                return false;
            }
            line = fragment.line();
            if (j + 1 < to && tokens.get(j + 1).value() && !tokens.get(j + 1).isEmpty()
                    && (tokens.get(j + 1).line() == line || tokens.get(j + 1).line() == line + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label joined with the fragment, or with the fragment's last words (other cells' text set before them on
     * the line), whichever names the row best: an exact match first, then the row the label alone named.
     */
    private static String bestJoin(RowMatcher matcher, String label, String fragment,
            Optional<RowMatcher.Match> alone) {
        List<String> tails = new ArrayList<>();
        tails.add(fragment);
        for (int k = 0; k < fragment.length(); k++) {
            if (TextBounds.isWhitespace(fragment.charAt(k))) { // U+3000 too
                tails.add(fragment.substring(k + 1).strip());
            }
        }
        String fallback = null;
        for (String tail : tails) {
            String candidate = label + tail;
            Optional<RowMatcher.Match> m = matcher.match(candidate);
            if (m.isEmpty() || alone.isPresent() && !m.get().row().equals(alone.get().row())) {
                continue;
            }
            if (m.get().kind() == LabelMatch.EXACT) {
                return candidate;
            }
            fallback = fallback == null ? candidate : fallback;
        }
        return fallback;
    }

    /** The label with the fragment on the line after its values when that fragment completes it. */
    private static String completed(RowMatcher matcher, String label, RowMatcher.Match match, List<Token> tokens,
            int after, int line, int to) {
        if (match.kind() == LabelMatch.EXACT || after >= to) {
            return label;
        }
        Token next = tokens.get(after);
        if (next.value() || next.normalized().isEmpty() || next.line() != line + 1
                || matcher.match(next).isPresent()) {
            return label;
        }
        String candidate = bestJoin(matcher, label, next.text().strip(), Optional.of(match));
        return candidate != null && matcher.match(candidate).map(m -> m.kind() == LabelMatch.EXACT)
                .orElse(false) ? candidate : label;
    }

    /**
     * The value cells after a label: up to the next non-value cell, without trailing blanks (merged cells, trailing
     * separators; a blank last cell reads the same, as no value). Leading blanks are dropped only as far as there
     * are more cells than the row has columns: a row written {@code | 予以公开 |  | 1 |  |  |  |  | 1 |} keeps its
     * blank first cell (zeros left blank), a merged cell between label and values is dropped.
     */
    static List<Token> valuesAfter(List<Token> tokens, int start, int to, int columns) {
        int end = start;
        while (end < to && CellValues.isValueToken(tokens.get(end))) {
            end++;
        }
        int a = start;
        int b = end;
        while (b > a && tokens.get(b - 1).isEmpty()) {
            b--;
        }
        while (a < b && tokens.get(a).isEmpty() && (b - a > columns || !sameLine(tokens, a, b))) {
            a++;
        }
        return tokens.subList(a, b); // a view: the tokens are not changed once read
    }

    /** True when the cells from a to b (exclusive) are on one line, as a row of a table written row by row. */
    private static boolean sameLine(List<Token> tokens, int a, int b) {
        return tokens.get(a).line() == tokens.get(b - 1).line();
    }

    static TableRow missingRow(RowSpec spec) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        spec.columns().forEach(c -> cells.put(c, null));
        return new TableRow(spec.key(), spec.label(), false, null, null, null, null, cells);
    }

    static Map<String, Cell> cells(RowSpec spec, List<Token> values) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int c = 0; c < spec.columns().size(); c++) {
            cells.put(spec.columns().get(c), c < values.size() ? CellValues.read(values.get(c), spec.unit()) : null);
        }
        return cells;
    }

    private static TableRow toRow(String tableId, RowSpec spec, FoundRow f, int order, List<String> notes) {
        if (f.values.size() > spec.columns().size()) {
            notes.add(tableId + ": row " + spec.key() + " at line " + f.label.line() + " has " + f.values.size()
                    + " values for " + spec.columns().size() + " columns; the extra ones are ignored");
        }
        return new TableRow(spec.key(), spec.label(), true, f.label.text(), f.match.kind(), f.label.line(), order,
                cells(spec, f.values));
    }
}
