package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table read from its ruling lines: the distinct x of its vertical lines and y of its horizontal lines make a
 * grid; where a line is missing between two grid cells they are one cell (a merged cell). Each glyph goes to the
 * cell that holds its centre. A row comes out as one text per cell in it; a cell merged down from the row above
 * leaves an empty text, as an HTML rowspan does in a text export, and a cell spanning columns is one text.
 */
final class LatticeTable {
    private final float[] xs;
    private final float[] ys;
    private final int[] region;
    private final List<List<Glyph>> glyphsByRegion = new ArrayList<>();

    private LatticeTable(float[] xs, float[] ys, int[] region, int regions) {
        this.xs = xs;
        this.ys = ys;
        this.region = region;
        for (int i = 0; i < regions; i++) {
            glyphsByRegion.add(new ArrayList<>());
        }
    }

    static LatticeTable of(List<Ruling> lines) {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : lines) {
            (r.horizontal() ? horizontal : vertical).add(r);
            if (r.horizontal()) {
                minX = Math.min(minX, r.from());
                maxX = Math.max(maxX, r.to());
            } else {
                minY = Math.min(minY, r.from());
                maxY = Math.max(maxY, r.to());
            }
        }
        float[] xs = positions(vertical, minX, maxX);
        float[] ys = positions(horizontal, minY, maxY);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        DisjointSets cells = new DisjointSets(rows * cols);
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 1; c < cols; c++) {
                if (!drawn(vertical, xs[c], midY)) {
                    cells.union(r * cols + c - 1, r * cols + c);
                }
            }
        }
        for (int r = 1; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!drawn(horizontal, ys[r], mid(xs, c)) && !displacedBorder(horizontal, xs, ys, r, c)) {
                    cells.union((r - 1) * cols + c, r * cols + c);
                }
            }
        }
        int[] region = new int[cells.size()];
        int[] idOfRoot = new int[cells.size()];
        Arrays.fill(idOfRoot, -1);
        int regions = 0;
        for (int i = 0; i < cells.size(); i++) {
            int root = cells.find(i);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = regions++;
            }
            region[i] = idOfRoot[root];
        }
        return new LatticeTable(xs, ys, region, regions);
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    boolean isGrid() {
        return xs.length >= 2 && ys.length >= 2;
    }

    /** Takes the glyph when its centre lies in the table; false when it lies outside. */
    boolean take(Glyph g) {
        int c = index(xs, g.centreX());
        int r = index(ys, g.centreY());
        if (c < 0 || r < 0) {
            return false;
        }
        glyphsByRegion.get(region[r * (xs.length - 1) + c]).add(g);
        return true;
    }

    /** The rows with text, each with its top y. */
    List<PageItem> rows(int tableId) {
        int cols = xs.length - 1;
        String[] texts = new String[glyphsByRegion.size()];
        int[] firstRow = new int[texts.length];
        Arrays.fill(firstRow, -1);
        for (int i = 0; i < region.length; i++) {
            if (firstRow[region[i]] < 0) {
                firstRow[region[i]] = i / cols;
            }
        }
        List<PageItem> out = new ArrayList<>();
        for (int r = 0; r < ys.length - 1; r++) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            int previous = -1;
            for (int c = 0; c < cols; c++) {
                int id = region[r * cols + c];
                if (id == previous) {
                    continue;
                }
                previous = id;
                String text = "";
                if (firstRow[id] == r) {
                    if (texts[id] == null) {
                        texts[id] = CellText.of(glyphsByRegion.get(id));
                    }
                    text = texts[id];
                }
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                out.add(new PageItem(ys[r], cells, tableId));
            }
        }
        return out;
    }

    /** Grid positions: the lines' distinct positions, plus the outer edges where no line is drawn there. */
    private static float[] positions(List<Ruling> lines, float min, float max) {
        float[] at = new float[lines.size() + 2];
        int n = 0;
        for (Ruling r : lines) {
            at[n++] = r.at();
        }
        at[n++] = min;
        at[n++] = max;
        Arrays.sort(at, 0, n);
        float[] out = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || at[i] - out[m - 1] > Rulings.MEET) {
                out[m++] = at[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static float mid(float[] xs, int c) {
        return (xs[c] + xs[c + 1]) / 2;
    }

    /**
     * LibreOffice sometimes draws the bottom border of one cell of a row-spanning header a row too high (A4
     * landscape, Table 3): the column then has a short line of its own at a height where its neighbours have none,
     * and lacks the line at the next row boundary, where both neighbours have it. That missing line is taken as
     * drawn, so the value below stays in its row instead of joining the header cell above it.
     */
    private static boolean displacedBorder(List<Ruling> horizontal, float[] xs, float[] ys, int r, int c) {
        int cols = xs.length - 1;
        if (cols < 3 || c == 0 || c == cols - 1
                || !drawn(horizontal, ys[r], mid(xs, c - 1)) || !drawn(horizontal, ys[r], mid(xs, c + 1))) {
            return false;
        }
        for (int s = r - 1; s >= 1; s--) {
            if (drawn(horizontal, ys[s], mid(xs, c))) {
                return !drawn(horizontal, ys[s], mid(xs, c - 1)) && !drawn(horizontal, ys[s], mid(xs, c + 1));
            }
        }
        return false;
    }

    private static boolean drawn(List<Ruling> lines, float at, float along) {
        for (Ruling r : lines) {
            if (Math.abs(r.at() - at) <= Rulings.MEET && r.covers(along, 0)) {
                return true;
            }
        }
        return false;
    }

    /** The interval of the sorted bounds that holds v, -1 outside them. */
    private static int index(float[] bounds, float v) {
        if (v < bounds[0] || v > bounds[bounds.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(bounds, v);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.min(Math.max(i, 0), bounds.length - 2);
    }
}
