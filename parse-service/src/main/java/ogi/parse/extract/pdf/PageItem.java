package ogi.parse.extract.pdf;

import java.util.List;

/**
 * One line of output from a page: a table row (its cells) or a line of text (one cell, or several where a line
 * has wide gaps), at its y on the page. {@code table} numbers the page's ruled tables, -1 for anything else.
 */
record PageItem(float y, List<String> cells, int table) {

    boolean isTableRow() {
        return table >= 0;
    }

    String text() {
        return String.join("\t", cells.stream().map(c -> c.replace('\t', ' ').replace('\n', ' ')).toList());
    }
}
