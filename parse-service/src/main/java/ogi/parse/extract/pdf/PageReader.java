package ogi.parse.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import static ogi.parse.extract.pdf.Operators.*;

/**
 * Reads one page's glyphs and ruling lines in a single pass over its content stream, with its own small
 * interpreter ({@link ContentTokens}): only the operators that place text, build and paint paths, change the
 * matrix or the text state, and draw forms are followed; images, shadings, colours and glyph shapes are never
 * decoded. Each glyph is kept with its position, advance, size and text (fonts: {@link PageFonts}); paths go to
 * {@link RulingPath}. Glyphs drawn twice at the same place (fake bold) are kept once. Counts are checked against
 * {@link PdfLimits} as they grow, so a page that draws millions of glyphs is refused before it fills the heap.
 */
final class PageReader {
    private static final int MAX_FORM_DEPTH = 12;
    private static final float[] IDENTITY = {1, 0, 0, 1, 0, 0};

    private final int pageNumber;
    private final GlyphBudget budget;
    private final PageFonts fonts;
    private final DisplaySpace display;
    private final RulingPath path;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final LongSet seen = new LongSet();
    private final Set<COSStream> formsOpen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<GraphicsState> saved = new ArrayDeque<>();
    private GraphicsState state;
    private final float[] textMatrix = IDENTITY.clone();
    private final float[] lineMatrix = IDENTITY.clone();
    private final float[] scratch = new float[6];
    private final long[] contentBytes = new long[1];

    /** Glyphs counted over the whole document. */
    static final class GlyphBudget {
        private int total;
    }

    static GlyphBudget newBudget() {
        return new GlyphBudget();
    }

    private PageReader(PDPage page, int pageNumber, GlyphBudget budget, PageFonts fonts) {
        this.pageNumber = pageNumber;
        this.budget = budget;
        this.fonts = fonts;
        this.display = new DisplaySpace(page);
        this.path = new RulingPath(display, pageNumber);
        this.state = new GraphicsState(IDENTITY.clone());
    }

    static PageGeometry read(PDPage page, int pageNumber, GlyphBudget budget, PageFonts fonts) throws IOException {
        PageReader reader = new PageReader(page, pageNumber, budget, fonts);
        if (page.hasContents()) {
            COSDictionary resources = page.getResources() == null ? null : page.getResources().getCOSObject();
            try (InputStream in = contents(page)) {
                reader.run(new ContentTokens(in, pageNumber, reader.contentBytes), resources, 0);
            }
        }
        return new PageGeometry(pageNumber, reader.display.width(), reader.display.height(), reader.glyphs,
                reader.path.rulings());
    }

    /** The page's content streams one after another, a line break between each. */
    private static InputStream contents(PDPage page) throws IOException {
        List<InputStream> parts = new ArrayList<>();
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            parts.add(streams.next().createInputStream());
            parts.add(new ByteArrayInputStream(new byte[] {'\n'}));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private void run(ContentTokens t, COSDictionary resources, int depth) throws IOException {
        int op;
        while ((op = t.next()) != ContentTokens.END) {
            switch (op) {
                case SAVE -> {
                    if (saved.size() < 4096) {
                        saved.push(state.copy());
                    }
                }
                case RESTORE -> {
                    if (!saved.isEmpty()) {
                        state = saved.pop();
                    }
                }
                case CONCAT -> {
                    if (t.operands() >= 6) {
                        GraphicsState.multiply(matrix(t), state.ctm, state.ctm);
                    }
                }
                case BEGIN_TEXT -> {
                    System.arraycopy(IDENTITY, 0, textMatrix, 0, 6);
                    System.arraycopy(IDENTITY, 0, lineMatrix, 0, 6);
                }
                case FONT -> {
                    state.font = fonts.font(resources, t.name(0));
                    state.fontSize = t.number(1);
                }
                case TEXT_MATRIX -> {
                    if (t.operands() >= 6) {
                        System.arraycopy(matrix(t), 0, textMatrix, 0, 6);
                        System.arraycopy(textMatrix, 0, lineMatrix, 0, 6);
                    }
                }
                case MOVE_LINE -> moveLine(t.number(0), t.number(1));
                case MOVE_LINE_LEADING -> {
                    state.leading = -t.number(1);
                    moveLine(t.number(0), t.number(1));
                }
                case NEXT_LINE -> moveLine(0, -state.leading);
                case LEADING -> state.leading = t.number(0);
                case CHAR_SPACING -> state.charSpacing = t.number(0);
                case WORD_SPACING -> state.wordSpacing = t.number(0);
                case SCALING -> state.scaling = t.number(0) / 100;
                case RISE -> state.rise = t.number(0);
                case SHOW -> show(t.string(0));
                case NEXT_LINE_SHOW -> {
                    moveLine(0, -state.leading);
                    show(t.string(0));
                }
                case NEXT_LINE_SPACED_SHOW -> {
                    state.wordSpacing = t.number(0);
                    state.charSpacing = t.number(1);
                    moveLine(0, -state.leading);
                    show(t.string(2));
                }
                case SHOW_ARRAY -> showArray(t.array(0));
                case MOVE_TO -> path.moveTo(userX(t.number(0), t.number(1)), userY(t.number(0), t.number(1)));
                case LINE_TO -> path.lineTo(userX(t.number(0), t.number(1)), userY(t.number(0), t.number(1)));
                case CURVE_TO -> path.curveTo(userX(t.number(4), t.number(5)), userY(t.number(4), t.number(5)));
                case CURVE_TO_V, CURVE_TO_Y -> path.curveTo(userX(t.number(2), t.number(3)), userY(t.number(2), t.number(3)));
                case RECTANGLE -> rectangle(t.number(0), t.number(1), t.number(2), t.number(3));
                case CLOSE -> path.close();
                case STROKE -> path.stroke();
                case CLOSE_STROKE -> {
                    path.close();
                    path.stroke();
                }
                case FILL, FILL_OLD, FILL_EVEN_ODD -> path.fill();
                case FILL_STROKE, FILL_STROKE_EVEN_ODD -> path.fillAndStroke();
                case CLOSE_FILL_STROKE, CLOSE_FILL_STROKE_EVEN_ODD -> {
                    path.close();
                    path.fillAndStroke();
                }
                case END_PATH -> path.end();
                case DRAW_OBJECT -> form(resources, t.name(0), depth);
                default -> {
                    // colours, line styles, clipping (W: the path is ended by the n after it), marked content,
                    // shadings, images, graphics state dictionaries: nothing that places text or rulings
                }
            }
        }
    }

    private float[] matrix(ContentTokens t) {
        for (int i = 0; i < 6; i++) {
            scratch[i] = t.number(t.operands() - 6 + i);
        }
        return scratch;
    }

    private float userX(float x, float y) {
        float[] m = state.ctm;
        return m[0] * x + m[2] * y + m[4];
    }

    private float userY(float x, float y) {
        float[] m = state.ctm;
        return m[1] * x + m[3] * y + m[5];
    }

    private void rectangle(float x, float y, float w, float h) {
        path.rectangle(userX(x, y), userY(x, y), userX(x + w, y), userY(x + w, y), userX(x + w, y + h),
                userY(x + w, y + h), userX(x, y + h), userY(x, y + h));
    }

    private void moveLine(float tx, float ty) {
        lineMatrix[4] += tx * lineMatrix[0] + ty * lineMatrix[2];
        lineMatrix[5] += tx * lineMatrix[1] + ty * lineMatrix[3];
        System.arraycopy(lineMatrix, 0, textMatrix, 0, 6);
    }

    /** Moves the text matrix along the baseline by {@code tx} text space units. */
    private void advance(float tx) {
        textMatrix[4] += tx * textMatrix[0];
        textMatrix[5] += tx * textMatrix[1];
    }

    private void showArray(List<?> array) throws IOException {
        if (array == null) {
            return;
        }
        for (Object o : array) {
            if (o instanceof Float f) {
                advance(-f / 1000 * state.fontSize * state.scaling);
            } else if (o instanceof byte[] s) {
                show(s);
            }
        }
    }

    private void show(byte[] string) throws IOException {
        PageFont font = state.font;
        if (string == null || font == null) {
            return;
        }
        GraphicsState s = state;
        float[] ctm = s.ctm;
        float[] tm = textMatrix;
        for (int at = 0; at < string.length; ) {
            int code = font.readCode(string, at);
            int length = font.lastLength();
            at += length;
            // text rendering matrix: [size*scaling 0 0 size 0 rise] x Tm x CTM
            float ma = tm[0] * ctm[0] + tm[1] * ctm[2];
            float mb = tm[0] * ctm[1] + tm[1] * ctm[3];
            float mc = tm[2] * ctm[0] + tm[3] * ctm[2];
            float md = tm[2] * ctm[1] + tm[3] * ctm[3];
            float me = tm[4] * ctm[0] + tm[5] * ctm[2] + ctm[4];
            float mf = tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5];
            float hs = s.fontSize * s.scaling;
            float width = font.advance(code);
            float e = s.rise * mc + me;
            float f = s.rise * md + mf;
            if (font.vertical()) {
                // PDFBox's placement: the origin moved by the position vector, the advance taken downwards
                float[] v = font.position(code);
                e += v[0] * hs * ma + v[1] * s.fontSize * mc;
                f += v[0] * hs * mb + v[1] * s.fontSize * md;
                glyph(font, code, hs * ma, hs * mb, s.fontSize * mc, s.fontSize * md, e, f, width);
                float ty = font.verticalAdvance(code) * s.fontSize + s.charSpacing
                        + (length == 1 && code == 32 ? s.wordSpacing : 0);
                tm[4] += ty * tm[2];
                tm[5] += ty * tm[3];
                continue;
            }
            glyph(font, code, hs * ma, hs * mb, s.fontSize * mc, s.fontSize * md, e, f, width);
            float tx = (width * s.fontSize + s.charSpacing + (length == 1 && code == 32 ? s.wordSpacing : 0))
                    * s.scaling;
            advance(tx);
        }
    }

    private void glyph(PageFont font, int code, float a, float b, float c, float d, float e, float f, float advance)
            throws IOException {
        if (++budget.total > PdfLimits.MAX_GLYPHS) {
            throw new PdfLimitException("PDF shows more than " + PdfLimits.MAX_GLYPHS + " characters");
        }
        if (glyphs.size() >= PdfLimits.MAX_GLYPHS_PER_PAGE) {
            throw new PdfLimitException("PDF page " + pageNumber + " shows more than "
                    + PdfLimits.MAX_GLYPHS_PER_PAGE + " characters");
        }
        String text = font.text(code);
        if (text == null) {
            return;
        }
        float x1 = e + a * advance;
        float y1 = f + b * advance;
        float size = (float) Math.hypot(c, d);
        float ax = display.x(e, f);
        float ay = display.y(e, f);
        float bx = display.x(x1, y1);
        float left = Math.min(ax, bx);
        float width = Math.abs(bx - ax);
        if (size <= 0 || Float.isNaN(left) || Float.isNaN(ay)) {
            return;
        }
        long key = ((long) Math.round(left * 2) << 40) ^ ((long) Math.round(ay * 2) << 16) ^ text.hashCode();
        if (!seen.add(key)) {
            return;
        }
        glyphs.add(new Glyph(left, ay, width, size, text));
    }

    /** Do: a form is read with its own matrix and resources; images are not looked at. */
    private void form(COSDictionary resources, String name, int depth) throws IOException {
        if (resources == null || name == null || depth >= MAX_FORM_DEPTH) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        COSBase x = xobjects == null ? null : xobjects.getDictionaryObject(COSName.getPDFName(name));
        if (!(x instanceof COSStream stream) || !COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))
                || !formsOpen.add(stream)) {
            return;
        }
        GraphicsState outer = state;
        float[] tm = textMatrix.clone();
        float[] tlm = lineMatrix.clone();
        int savedDepth = saved.size();
        try {
            state = outer.copy();
            COSArray m = stream.getCOSArray(COSName.MATRIX);
            if (m != null && m.size() == 6) {
                float[] fm = new float[6];
                for (int i = 0; i < 6; i++) {
                    fm[i] = m.getObject(i) instanceof COSNumber n ? n.floatValue() : IDENTITY[i];
                }
                GraphicsState.multiply(fm, state.ctm, state.ctm);
            }
            COSDictionary own = stream.getCOSDictionary(COSName.RESOURCES);
            try (InputStream in = stream.createInputStream()) {
                run(new ContentTokens(in, pageNumber, contentBytes), own != null ? own : resources, depth + 1);
            }
        } finally {
            while (saved.size() > savedDepth) {
                saved.pop();
            }
            state = outer;
            System.arraycopy(tm, 0, textMatrix, 0, 6);
            System.arraycopy(tlm, 0, lineMatrix, 0, 6);
            formsOpen.remove(stream);
        }
    }
}
