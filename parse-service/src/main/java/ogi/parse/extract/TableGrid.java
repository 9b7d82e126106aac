package ogi.parse.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import ogi.parse.extract.limits.UnreadableDocumentException;
import ogi.parse.extract.limits.ExtractionLimits;

/**
 * A table laid out on a grid, honouring rowspan and colspan: the text of a spanning cell sits in its first grid
 * position, the others stay empty. Written out one row per line, cells separated by tabs.
 */
final class TableGrid {
    private static final int MAX_SPAN = 100;
    private final List<List<String>> rows = new ArrayList<>();
    private long cells;

    static TableGrid fromHtml(Element table) {
        TableGrid grid = new TableGrid();
        int r = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            int c = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (grid.occupied(r, c)) {
                    c++;
                }
                int rowspan = span(td.attr("rowspan"));
                int colspan = span(td.attr("colspan"));
                grid.put(r, c, td.text().replace('\u00a0', ' ').strip(), rowspan, colspan);
                c += colspan;
            }
            r++;
        }
        return grid;
    }

    void addRow(List<String> row) {
        cells += row.size();
        if (cells > ExtractionLimits.MAX_TABLE_CELLS) {
            throw new UnreadableDocumentException("a table has more than " + ExtractionLimits.MAX_TABLE_CELLS
                    + " cells (limit: ExtractionLimits.MAX_TABLE_CELLS)");
        }
        rows.add(new ArrayList<>(row));
    }

    /** A rowspan or colspan as written, between 1 and {@value #MAX_SPAN}. */
    static int span(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private boolean occupied(int r, int c) {
        return r < rows.size() && c < rows.get(r).size() && rows.get(r).get(c) != null;
    }

    private void put(int r, int c, String text, int rowspan, int colspan) {
        cells += (long) rowspan * colspan;
        if (cells > ExtractionLimits.MAX_TABLE_CELLS) {
            throw new UnreadableDocumentException("a table spans more than " + ExtractionLimits.MAX_TABLE_CELLS
                    + " cells once its rowspan and colspan are laid out (limit: ExtractionLimits.MAX_TABLE_CELLS)");
        }
        for (int i = r; i < r + rowspan; i++) {
            for (int j = c; j < c + colspan; j++) {
                set(i, j, i == r && j == c ? text : "");
            }
        }
    }

    private void set(int r, int c, String text) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
        }
        List<String> row = rows.get(r);
        while (row.size() <= c) {
            row.add(null);
        }
        row.set(c, text);
    }

    void appendTo(StringBuilder out) {
        for (List<String> row : rows) {
            List<String> cells = row.stream().map(s -> s == null ? "" : s.replaceAll("\\s+", " ")).toList();
            out.append(String.join("\t", cells)).append('\n');
        }
    }
}
