package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables without ruling lines, read from the alignment of their text: a line that ends in a run of numbers (or
 * blanks written as {@code /}, {@code -}) is a row; the numbers' x ranges give the value columns; the text left of
 * the first value column is the row's label, in label columns found from where the label fragments start. A label
 * wrapped over several lines (above, beside and below its numbers) is put back together and given to the row whose
 * numbers it borders: a fragment on a row's baseline belongs to it, a fragment that continues the one above (that
 * one filled its cell's width, and it starts no new numbering like {@code 2.} or {@code （四）}) goes where that one
 * went, and a new label that runs on to its numbers belongs to the row just below. Group labels beside sub-rows
 * ({@code （三）不予公开}) stay in their own column, so their pieces are never glued onto a row label.
 */
final class StreamTable {
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*([（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+[.．、](?!\\d))");
    private static final float BLOCK_GAP = 6f;
    private static final float CONTINUES = 1.8f;

    private record Fragment(int line, TextLine.Chunk chunk, float y, float size) {
    }

    private StreamTable() {
    }

    /** The page's lines outside ruled tables, with the rows of tables without rulings put together. */
    static List<PageItem> items(List<TextLine> lines, int firstId) {
        int n = lines.size();
        int[] firstValue = new int[n];
        for (int i = 0; i < n; i++) {
            firstValue[i] = firstValue(lines.get(i));
        }
        boolean[] used = new boolean[n];
        List<PageItem> out = new ArrayList<>();
        int id = firstId;
        int i = 0;
        while (i < n) {
            if (firstValue[i] < 0) {
                i++;
                continue;
            }
            List<Integer> rows = new ArrayList<>();
            rows.add(i);
            float valueX = lines.get(i).chunks().get(firstValue[i]).x();
            int last = i;
            int j = i + 1;
            while (j < n && lines.get(j).y() - lines.get(last).y() <= BLOCK_GAP * lines.get(j).size()) {
                if (firstValue[j] >= 0) {
                    valueX = Math.min(valueX, lines.get(j).chunks().get(firstValue[j]).x());
                    rows.add(j);
                    last = j;
                } else if (!labelOnly(lines.get(j), valueX)) {
                    break;
                }
                j++;
            }
            int from = extend(lines, firstValue, rows, rows.get(0), -1, valueX);
            int to = extend(lines, firstValue, rows, last, +1, valueX);
            out.addAll(block(lines, firstValue, rows, from, to, valueX, id++, used));
            i = last + 1;
        }
        for (int k = 0; k < n; k++) {
            if (!used[k]) {
                out.add(new PageItem(lines.get(k).top(), lines.get(k).texts(), -1));
            }
        }
        out.sort(Comparator.comparingDouble(PageItem::y));
        return out;
    }

    /** The index of the first of the line's trailing value chunks, -1 when the line is not a table row. */
    private static int firstValue(TextLine line) {
        List<TextLine.Chunk> chunks = line.chunks();
        int k = chunks.size();
        while (k > 0 && isValue(chunks.get(k - 1).text())) {
            k--;
        }
        int values = chunks.size() - k;
        return values >= 2 || values == 1 && k >= 1 ? k : -1;
    }

    private static boolean labelOnly(TextLine line, float valueX) {
        for (TextLine.Chunk c : line.chunks()) {
            if (c.right() > valueX + line.size() * 0.5f) {
                return false;
            }
        }
        return true;
    }

    /** The last line in the direction that may hold a wrapped label of the block's first or last row. */
    private static int extend(List<TextLine> lines, int[] firstValue, List<Integer> rows, int edge, int step,
            float valueX) {
        int labels = 1;
        for (int r : rows) {
            labels = Math.max(labels, firstValue[r]);
        }
        int at = edge;
        for (int k = 0; k < 2; k++) {
            int next = at + step;
            // A line of more pieces than any row has labels is a header, not a wrapped label.
            if (next < 0 || next >= lines.size() || firstValue[next] >= 0 || !labelOnly(lines.get(next), valueX)
                    || lines.get(next).chunks().size() > labels
                    || Math.abs(lines.get(next).y() - lines.get(at).y()) > CONTINUES * lines.get(next).size()) {
                break;
            }
            at = next;
        }
        return at;
    }

    private static List<PageItem> block(List<TextLine> lines, int[] firstValue, List<Integer> rows, int from, int to,
            float valueX, int id, boolean[] used) {
        List<Fragment> fragments = new ArrayList<>();
        List<TextLine.Chunk> values = new ArrayList<>();
        for (int k = Math.min(from, to); k <= Math.max(from, to); k++) {
            TextLine line = lines.get(k);
            for (int c = 0; c < line.chunks().size(); c++) {
                if (firstValue[k] >= 0 && c >= firstValue[k]) {
                    values.add(line.chunks().get(c));
                } else {
                    fragments.add(new Fragment(k, line.chunks().get(c), line.y(), line.size()));
                }
            }
        }
        float[] labelColumns = columnStarts(fragments);
        List<float[]> valueColumns = valueColumns(values);
        // Blank cells show only where the value columns line up; where they do not, values are kept in order.
        int maxValues = 0;
        for (int r : rows) {
            maxValues = Math.max(maxValues, lines.get(r).chunks().size() - firstValue[r]);
        }
        boolean aligned = valueColumns.size() <= maxValues;
        // Fragments, column by column, top to bottom: which row each belongs to (-1: none).
        int[] rowOf = new int[fragments.size()];
        int[] columnOf = new int[fragments.size()];
        for (int f = 0; f < fragments.size(); f++) {
            columnOf[f] = column(labelColumns, fragments.get(f).chunk().x());
        }
        for (int col = 0; col < labelColumns.length; col++) {
            Fragment previous = null;
            int previousRow = -1;
            for (int f = 0; f < fragments.size(); f++) {
                if (columnOf[f] != col) {
                    continue;
                }
                Fragment fr = fragments.get(f);
                float right = cellRight(labelColumns, fr.chunk().right(), valueX);
                int row;
                if (firstValue[fr.line()] >= 0) {
                    row = fr.line();
                } else if (previous != null && previousRow >= 0 && fr.y() - previous.y() <= CONTINUES * fr.size()
                        && filled(previous, labelColumns, valueX) && !NUMBERING.matcher(fr.chunk().text()).find()) {
                    row = previousRow;
                } else {
                    boolean runsOn = fr.chunk().right() >= right - 1.5f * fr.size();
                    row = rowBelow(lines, rows, fr, runsOn ? CONTINUES : 0.9f);
                }
                rowOf[f] = row;
                previous = fr;
                previousRow = row;
            }
        }
        List<PageItem> out = new ArrayList<>();
        boolean[] taken = new boolean[fragments.size()];
        for (int r : rows) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < labelColumns.length; col++) {
                StringBuilder label = new StringBuilder();
                for (int f = 0; f < fragments.size(); f++) {
                    if (columnOf[f] == col && rowOf[f] == r) {
                        label.append(fragments.get(f).chunk().text());
                        taken[f] = true;
                    }
                }
                cells.add(label.toString());
            }
            List<TextLine.Chunk> rowValues = lines.get(r).chunks().subList(firstValue[r], lines.get(r).chunks().size());
            if (aligned) {
                String[] cellValues = new String[valueColumns.size()];
                Arrays.fill(cellValues, "");
                for (TextLine.Chunk c : rowValues) {
                    int vc = valueColumn(valueColumns, c);
                    cellValues[vc] = cellValues[vc].isEmpty() ? c.text() : cellValues[vc] + " " + c.text();
                }
                cells.addAll(List.of(cellValues));
            } else {
                rowValues.forEach(c -> cells.add(c.text()));
            }
            out.add(new PageItem(lines.get(r).top(), cells, id));
            used[r] = true;
        }
        // Label-only lines whose fragments all went into rows are used up; the others stay lines of their own.
        for (int k = Math.min(from, to); k <= Math.max(from, to); k++) {
            if (firstValue[k] >= 0) {
                continue;
            }
            boolean all = true;
            for (int f = 0; f < fragments.size(); f++) {
                all &= fragments.get(f).line() != k || taken[f];
            }
            if (all) {
                used[k] = true;
            } else {
                List<String> rest = new ArrayList<>();
                for (int f = 0; f < fragments.size(); f++) {
                    if (fragments.get(f).line() == k && !taken[f]) {
                        rest.add(fragments.get(f).chunk().text());
                    }
                }
                out.add(new PageItem(lines.get(k).top(), rest, -1));
                used[k] = true;
            }
        }
        return out;
    }

    private static boolean filled(Fragment f, float[] labelColumns, float valueX) {
        return f.chunk().right() >= cellRight(labelColumns, f.chunk().right(), valueX) - 1.5f * f.size();
    }

    /** The right edge of the cell a fragment lies in: the next label column that starts after it, or the values. */
    private static float cellRight(float[] labelColumns, float right, float valueX) {
        for (float start : labelColumns) {
            if (start > right) {
                return start;
            }
        }
        return valueX;
    }

    /** The nearest row whose baseline is at or below the fragment, within {@code reach} font sizes. */
    private static int rowBelow(List<TextLine> lines, List<Integer> rows, Fragment f, float reach) {
        for (int r : rows) {
            float dy = lines.get(r).y() - f.y();
            if (dy >= -0.4f * f.size()) {
                return dy <= reach * f.size() ? r : -1;
            }
        }
        return -1;
    }

    private static float[] columnStarts(List<Fragment> fragments) {
        float[] xs = new float[fragments.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = fragments.get(i).chunk().x();
        }
        Arrays.sort(xs);
        List<Float> starts = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (starts.isEmpty() || xs[i] - xs[i - 1] > fragments.get(0).size()) {
                starts.add(xs[i]);
            }
        }
        float[] out = new float[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    private static int column(float[] starts, float x) {
        int c = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= x + 0.01f) {
                c = i;
            }
        }
        return c;
    }

    /** Value columns: the union of the value chunks' x ranges, left to right. */
    private static List<float[]> valueColumns(List<TextLine.Chunk> values) {
        List<TextLine.Chunk> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(TextLine.Chunk::x));
        List<float[]> columns = new ArrayList<>();
        for (TextLine.Chunk c : sorted) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && c.x() <= last[1]) {
                last[1] = Math.max(last[1], c.right());
            } else {
                columns.add(new float[] {c.x(), c.right()});
            }
        }
        return columns;
    }

    private static int valueColumn(List<float[]> columns, TextLine.Chunk c) {
        for (int i = 0; i < columns.size(); i++) {
            if (c.x() <= columns.get(i)[1]) {
                return i;
            }
        }
        return columns.size() - 1;
    }

    /** A number, possibly with a unit or percent, or a written blank. */
    static boolean isValue(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 20) {
            return false;
        }
        if (t.equals("/") || t.equals("-") || t.equals("—") || t.equals("－") || t.equals("——") || t.equals("／")) {
            return true;
        }
        int i = 0;
        int digits = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digits++;
            } else if (c != '.' && c != ',' && c != '%' && c != '．') {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return false;
        }
        String unit = t.substring(i).strip();
        return unit.isEmpty() || unit.equals("万元") || unit.equals("元") || unit.equals("件") || unit.equals("条")
                || unit.equals("个") || unit.equals("项") || unit.equals("次");
    }
}
