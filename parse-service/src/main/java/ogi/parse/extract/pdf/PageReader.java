package ogi.parse.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page's glyphs and ruling lines in a single pass over its content stream: PDFBox's graphics engine
 * reports each glyph with its text rendering matrix and each path as it is built; a path that is stroked gives its
 * horizontal and vertical segments, a filled rectangle thinner than {@link #THIN} gives a line (WPS draws its table
 * borders so). Glyphs drawn twice at the same place (fake bold) are kept once. Counts are checked against
 * {@link PdfLimits} as they grow, so a page that draws millions of glyphs is refused before it fills the heap.
 */
final class PageReader extends PDFGraphicsStreamEngine {
    private static final float THIN = 2.5f;
    private static final float STRAIGHT = 0.8f;

    private final int pageNumber;
    private final GlyphBudget budget;
    private final PDRectangle box;
    private final int rotation;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float startX;
    private float startY;
    private float currentX;
    private float currentY;
    private int segments;

    /** Glyphs counted over the whole document. */
    static final class GlyphBudget {
        private int total;
    }

    static GlyphBudget newBudget() {
        return new GlyphBudget();
    }

    private PageReader(PDPage page, int pageNumber, GlyphBudget budget) {
        super(page);
        this.pageNumber = pageNumber;
        this.budget = budget;
        this.box = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    static PageGeometry read(PDPage page, int pageNumber, GlyphBudget budget) throws IOException {
        PageReader reader = new PageReader(page, pageNumber, budget);
        reader.processPage(page);
        boolean turned = reader.rotation == 90 || reader.rotation == 270;
        float width = turned ? reader.box.getHeight() : reader.box.getWidth();
        float height = turned ? reader.box.getWidth() : reader.box.getHeight();
        return new PageGeometry(pageNumber, width, height, reader.glyphs, reader.rulings);
    }

    // ---- text

    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement)
            throws IOException {
        // The glyph's own drawing would add paths that are not rulings; its position is all that matters.
        showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (++budget.total > PdfLimits.MAX_GLYPHS) {
            throw new PdfLimitException("PDF shows more than " + PdfLimits.MAX_GLYPHS + " characters");
        }
        if (glyphs.size() >= PdfLimits.MAX_GLYPHS_PER_PAGE) {
            throw new PdfLimitException("PDF page " + pageNumber + " shows more than "
                    + PdfLimits.MAX_GLYPHS_PER_PAGE + " characters");
        }
        String text = font.toUnicode(code);
        if (text == null || text.isEmpty() || text.isBlank()) {
            return;
        }
        text = normalize(text);
        float advance = displacement.getX();
        float x0 = trm.getTranslateX();
        float y0 = trm.getTranslateY();
        float x1 = x0 + trm.getScaleX() * advance;
        float y1 = y0 + trm.getShearY() * advance;
        float size = (float) Math.hypot(trm.getShearX(), trm.getScaleY());
        float[] a = display(x0, y0);
        float[] b = display(x1, y1);
        float left = Math.min(a[0], b[0]);
        float width = Math.abs(b[0] - a[0]);
        if (size <= 0 || Float.isNaN(left) || Float.isNaN(a[1])) {
            return;
        }
        long key = ((long) Math.round(left * 2) << 40) ^ ((long) Math.round(a[1] * 2) << 16) ^ text.hashCode();
        if (!seen.add(key)) {
            return;
        }
        glyphs.add(new Glyph(left, a[1], width, size, text));
    }

    /**
     * Chinese PDFs often map glyphs to Kangxi radicals or compatibility ideographs (⽇ for 日); NFKC gives the
     * ordinary character. Full-width punctuation is left as it is (the parser normalises labels itself).
     */
    private static String normalize(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    // ---- paths

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) throws IOException {
        count(4);
        rectangles.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p1.getX(), (float) p1.getY(),
                (float) p2.getX(), (float) p2.getY(), (float) p3.getX(), (float) p3.getY()});
        startX = (float) p0.getX();
        startY = (float) p0.getY();
        currentX = startX;
        currentY = startY;
    }

    @Override
    public void moveTo(float x, float y) {
        startX = x;
        startY = y;
        currentX = x;
        currentY = y;
    }

    @Override
    public void lineTo(float x, float y) throws IOException {
        count(1);
        path.add(new float[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        currentX = x3;
        currentY = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(currentX, currentY);
    }

    @Override
    public void closePath() throws IOException {
        if (currentX != startX || currentY != startY) {
            lineTo(startX, startY);
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                addSegment(r[2 * i], r[2 * i + 1], r[2 * j], r[2 * j + 1]);
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            addThinRectangle(r);
        }
        // A filled closed path of four straight sides is a rectangle too (some writers draw cells so).
        if (path.size() >= 3 && path.size() <= 5) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            boolean straight = true;
            for (float[] s : path) {
                straight &= Math.abs(s[0] - s[2]) < STRAIGHT || Math.abs(s[1] - s[3]) < STRAIGHT;
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (straight) {
                addThinRectangle(new float[] {minX, minY, maxX, minY, maxX, maxY, minX, maxY});
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<float[]> saved = new ArrayList<>(rectangles);
        List<float[]> savedPath = new ArrayList<>(path);
        strokePath();
        rectangles.addAll(saved);
        path.addAll(savedPath);
        fillPath(windingRule);
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is ended by the following n (endPath), which clears it.
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clearPath() {
        path.clear();
        rectangles.clear();
    }

    private void count(int n) {
        segments += n;
        if (segments > PdfLimits.MAX_SEGMENTS_PER_PAGE) {
            throw new PdfLimitException("PDF page " + pageNumber + " draws more than "
                    + PdfLimits.MAX_SEGMENTS_PER_PAGE + " path segments");
        }
    }

    private void addThinRectangle(float[] r) {
        float[] a = display(Math.min(Math.min(r[0], r[2]), Math.min(r[4], r[6])),
                Math.min(Math.min(r[1], r[3]), Math.min(r[5], r[7])));
        float[] b = display(Math.max(Math.max(r[0], r[2]), Math.max(r[4], r[6])),
                Math.max(Math.max(r[1], r[3]), Math.max(r[5], r[7])));
        float left = Math.min(a[0], b[0]);
        float right = Math.max(a[0], b[0]);
        float top = Math.min(a[1], b[1]);
        float bottom = Math.max(a[1], b[1]);
        float w = right - left;
        float h = bottom - top;
        if (h <= THIN && w > h) {
            rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
        } else if (w <= THIN && h > w) {
            rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        }
    }

    private void addSegment(float x0, float y0, float x1, float y1) {
        float[] a = display(x0, y0);
        float[] b = display(x1, y1);
        if (Math.abs(a[1] - b[1]) < STRAIGHT && Math.abs(a[0] - b[0]) >= STRAIGHT) {
            rulings.add(new Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
        } else if (Math.abs(a[0] - b[0]) < STRAIGHT && Math.abs(a[1] - b[1]) >= STRAIGHT) {
            rulings.add(new Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
        }
    }

    /** User space to display space: origin at the top left of the crop box as shown, y down. */
    private float[] display(float x, float y) {
        float llx = box.getLowerLeftX();
        float lly = box.getLowerLeftY();
        float urx = box.getUpperRightX();
        float ury = box.getUpperRightY();
        return switch (rotation) {
            case 90 -> new float[] {y - lly, x - llx};
            case 180 -> new float[] {urx - x, y - lly};
            case 270 -> new float[] {ury - y, urx - x};
            default -> new float[] {x - llx, ury - y};
        };
    }
}
