package ogi.parse.extract;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a report's text as WPS writes its PDFs: every glyph placed on its own (a text matrix per character), table
 * borders drawn cell by cell as thin filled rectangles (so each line is many overlapping pieces), CJK text in an
 * embedded Identity-H font subset, group labels merged down their rows (rowspan), labels wrapped inside their
 * cells with the numbers centred beside them, tables broken across pages, and page numbers ({@code - 3 -}).
 */
final class WpsLikePdf {
    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Map<String, Integer> ROWSPANS = Map.of("三、本年度办理结果", 22, "(三)不予公开", 8,
            "(四)无法提供", 3, "(五)不予处理", 5, "(六)其他处理", 3);
    private static final float BORDER = 0.5f;
    private static final float PAD = 3f;

    private final PDRectangle size;
    private final float fontSize;
    private final float margin;
    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream content;
    private float y;
    private int page;

    WpsLikePdf(PDRectangle size, float fontSize, float margin) {
        this.size = size;
        this.fontSize = fontSize;
        this.margin = margin;
    }

    byte[] render(String text) {
        try (PDDocument d = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc = d;
            font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            newPage();
            List<List<String>> table = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.contains("|") || line.contains("\t")) {
                    table.add(FormatSamples.cells(line));
                    continue;
                }
                if (!table.isEmpty()) {
                    table(table);
                    table.clear();
                }
                paragraph(line);
            }
            if (!table.isEmpty()) {
                table(table);
            }
            endPage();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float lineHeight() {
        return fontSize * 1.5f;
    }

    private float width() {
        return size.getWidth() - 2 * margin;
    }

    private void paragraph(String line) throws IOException {
        for (String part : wrap(line, width())) {
            if (y - lineHeight() < margin + 20) {
                newPage();
            }
            y -= lineHeight();
            glyphs(part, margin, y);
            y -= fontSize * 0.3f;
        }
    }

    /** A cell placed on the grid: first row and column, rows and columns spanned. */
    private record Placed(int r, int c, int rows, int cols, String text) {
    }

    /**
     * Lays the rows out on a grid as a Word or WPS table is: a row's trailing values sit in the table's last
     * columns, its last label spans the label columns left, group labels are merged down their rows (rowspan).
     */
    private void table(List<List<String>> rows) throws IOException {
        int values = 0;
        int columns = 0;
        for (List<String> row : rows) {
            values = Math.max(values, trailingValues(row));
        }
        boolean[][] taken = new boolean[rows.size()][64];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int v = trailingValues(row);
            int c = 0;
            for (int i = 0; i < row.size() - v; i++) {
                while (taken[r][c]) {
                    c++;
                }
                String cell = row.get(i);
                Integer span = ROWSPANS.get(cell.replace("（", "(").replace("）", ")"));
                int down = span == null ? 1 : Math.min(span, rows.size() - r);
                boolean last = i == row.size() - v - 1;
                int across = last && v > 0 ? -1 : 1;
                placed.add(new Placed(r, c, down, across, cell));
                for (int k = 0; k < down; k++) {
                    taken[r + k][c] = true;
                }
                c++;
            }
            columns = Math.max(columns, c + values);
        }
        // Now that the width is known: last labels span to the values; values take the last columns.
        List<Placed> cells = new ArrayList<>();
        int[] labelEnd = new int[rows.size()];
        for (Placed p : placed) {
            cells.add(p);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int v = trailingValues(row);
            for (int i = 0; i < v; i++) {
                cells.add(new Placed(r, columns - v + i, 1, 1, row.get(row.size() - v + i)));
            }
            labelEnd[r] = columns - v;
        }
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            if (p.cols() < 0) {
                cells.set(i, new Placed(p.r(), p.c(), p.rows(), Math.max(1, labelEnd[p.r()] - p.c()), p.text()));
            } else if (p.cols() == 1 && p.c() < labelEnd[p.r()] && isLastLabel(cells, p, labelEnd)) {
                cells.set(i, new Placed(p.r(), p.c(), p.rows(), labelEnd[p.r()] - p.c(), p.text()));
            }
        }
        float[] x = columnEdges(cells, columns, values);
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            heights[r] = lineHeight() + 2 * PAD;
        }
        for (Placed p : cells) {
            float need = wrap(p.text(), x[p.c() + p.cols()] - x[p.c()] - 2 * PAD).size() * lineHeight() + 2 * PAD;
            if (p.rows() == 1) {
                heights[p.r()] = Math.max(heights[p.r()], need);
            }
        }
        boolean firstOnPage = true;
        for (int r = 0; r < rows.size(); r++) {
            if (y - heights[r] < margin + 20) {
                newPage();
                firstOnPage = true;
            }
            for (Placed p : cells) {
                boolean starts = p.r() == r;
                boolean continues = firstOnPage && p.r() < r && r < p.r() + p.rows();
                if (!starts && !continues) {
                    continue;
                }
                // A merged cell is drawn once per page, down to the end of its span or of the page.
                float h = heights[r];
                for (int k = r + 1; k < p.r() + p.rows() && y - h - heights[k] >= margin + 20; k++) {
                    h += heights[k];
                }
                cell(starts ? p.text() : "", x[p.c()], y, x[p.c() + p.cols()] - x[p.c()], h);
            }
            y -= heights[r];
            firstOnPage = false;
        }
        y -= lineHeight() / 2;
    }

    private static boolean isLastLabel(List<Placed> cells, Placed p, int[] labelEnd) {
        for (Placed o : cells) {
            if (o.r() == p.r() && o.c() > p.c() && o.c() < labelEnd[p.r()]) {
                return false;
            }
        }
        return true;
    }

    private static int trailingValues(List<String> row) {
        int v = 0;
        while (v < row.size() && row.get(row.size() - 1 - v).matches("[-\\d.]*(万元)?")) {
            v++;
        }
        return v == row.size() ? Math.max(0, v - 1) : v;
    }

    /** Column edges: value columns narrow, label columns wide, a column of group labels in between. */
    private float[] columnEdges(List<Placed> cells, int columns, int values) {
        float[] weight = new float[columns];
        for (int c = 0; c < columns; c++) {
            weight[c] = c >= columns - values ? 1f : 3f;
            for (Placed p : cells) {
                if (p.c() == c && p.rows() > 1) {
                    weight[c] = 1.2f;
                }
            }
        }
        float sum = 0;
        for (float w : weight) {
            sum += w;
        }
        float[] edges = new float[columns + 1];
        edges[0] = margin;
        for (int c = 0; c < columns; c++) {
            edges[c + 1] = edges[c] + width() * weight[c] / sum;
        }
        return edges;
    }

    private void cell(String text, float x, float top, float w, float h) throws IOException {
        // Four thin filled rectangles, as WPS draws borders; neighbouring cells draw their shared edge again.
        content.addRect(x, top - BORDER / 2, w, BORDER);
        content.addRect(x, top - h - BORDER / 2, w, BORDER);
        content.addRect(x - BORDER / 2, top - h, BORDER, h);
        content.addRect(x + w - BORDER / 2, top - h, BORDER, h);
        content.fill();
        List<String> lines = wrap(text, w - 2 * PAD);
        float textHeight = lines.size() * lineHeight();
        float baseline = top - (h - textHeight) / 2 - fontSize * 1.1f;
        for (String line : lines) {
            glyphs(line, x + PAD, baseline);
            baseline -= lineHeight();
        }
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            float w = advance(ch);
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float advance(String ch) throws IOException {
        return font.getStringWidth(ch) / 1000 * fontSize;
    }

    /** Each glyph with its own text matrix, as WPS positions characters. */
    private void glyphs(String text, float x, float baseline) throws IOException {
        if (text.isBlank()) {
            return;
        }
        content.beginText();
        content.setFont(font, fontSize);
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            if (!ch.isBlank()) {
                content.setTextMatrix(Matrix.getTranslateInstance(at, baseline));
                content.showText(ch);
            }
            at += advance(ch);
        }
        content.endText();
    }

    private void newPage() throws IOException {
        endPage();
        PDPage p = new PDPage(size);
        doc.addPage(p);
        content = new PDPageContentStream(doc, p);
        y = size.getHeight() - margin;
        page++;
    }

    private void endPage() throws IOException {
        if (content != null) {
            glyphs("- " + page + " -", size.getWidth() / 2 - fontSize, margin / 2);
            content.close();
            content = null;
        }
    }
}
