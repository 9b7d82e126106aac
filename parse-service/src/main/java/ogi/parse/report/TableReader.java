package ogi.parse.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ogi.contracts.report.Cell;
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

    private record FoundRow(RowMatcher.Match match, Token label, List<Token> values, int order) {
    }

    private TableReader() {
    }

    static Result readRows(TableSpec spec, List<Token> tokens, int from, int to, List<String> notes) {
        RowMatcher matcher = RowMatcher.of(spec);
        Map<String, FoundRow> found = new HashMap<>();
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isEmpty() || CellValues.isValueToken(token)) {
                continue;
            }
            Optional<RowMatcher.Match> match = matcher.match(token);
            if (match.isEmpty()) {
                continue;
            }
            String key = match.get().row().key();
            if (found.containsKey(key)) {
                notes.add(spec.id() + ": row " + key + " appears again at line " + token.line() + "; first kept");
                continue;
            }
            List<Token> values = valuesAfter(tokens, i + 1, to, match.get().row().columns().size());
            found.put(key, new FoundRow(match.get(), token, values, found.size() + 1));
            first = first < 0 ? i : first;
            last = i + values.size();
        }
        List<TableRow> rows = new ArrayList<>();
        for (RowSpec spec1 : spec.rows()) {
            FoundRow f = found.get(spec1.key());
            rows.add(f == null ? missingRow(spec1) : toRow(spec.id(), spec1, f, notes));
        }
        return new Result(rows, first, last, found.size());
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
        return new ArrayList<>(tokens.subList(a, b));
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

    private static TableRow toRow(String tableId, RowSpec spec, FoundRow f, List<String> notes) {
        if (f.values.size() > spec.columns().size()) {
            notes.add(tableId + ": row " + spec.key() + " at line " + f.label.line() + " has " + f.values.size()
                    + " values for " + spec.columns().size() + " columns; the extra ones are ignored");
        }
        return new TableRow(spec.key(), spec.label(), true, f.label.text(), f.match.kind(), f.label.line(), f.order,
                cells(spec, f.values));
    }
}
