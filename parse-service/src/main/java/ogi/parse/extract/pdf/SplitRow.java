package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row broken by a page break (LibreOffice lets rows split when the header is not repeated): the rest of its
 * labels comes first on the next page, as a strip of cells with text and no numbers, which would otherwise join the
 * label of the row below it. It continues the last row of the previous page when it has as many cells, holds no
 * number, and has text only in cells where that row holds no number (while that row holds some).
 */
final class SplitRow {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,，]*\\d(\\.\\d+)?%?");

    private SplitRow() {
    }

    static boolean continues(PageItem previous, PageItem next) {
        List<String> a = previous.cells();
        List<String> b = next.cells();
        if (a.size() != b.size() || a.size() < 2) {
            return false;
        }
        boolean text = false;
        boolean numbers = false;
        for (int i = 0; i < a.size(); i++) {
            String above = a.get(i).strip();
            String below = b.get(i).strip();
            boolean number = isNumber(above);
            numbers |= number;
            if (!below.isEmpty()) {
                if (number || isNumber(below)) {
                    return false;
                }
                text = true;
            }
        }
        return text && numbers;
    }

    /** The row with each cell's continuation appended. */
    static PageItem joined(PageItem previous, PageItem next) {
        List<String> cells = new ArrayList<>(previous.cells().size());
        for (int i = 0; i < previous.cells().size(); i++) {
            cells.add(previous.cells().get(i) + next.cells().get(i));
        }
        return new PageItem(previous.y(), cells, previous.table());
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && NUMBER.matcher(s).matches();
    }
}
