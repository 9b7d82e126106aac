package ogi.query.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import ogi.query.document.AuditDocument.Block;
import ogi.query.document.AuditDocument.Heading;
import ogi.query.document.AuditDocument.Paragraph;
import ogi.query.document.AuditDocument.Table;
import ogi.query.document.AuditDocument.Tone;

/**
 * Lays an {@link AuditDocument} out on A4 pages with PDFBox: a running head and page numbers on every page, text
 * wrapped to the margins (Chinese anywhere, English at spaces), tables with ruled cells that break across pages with
 * their header repeated, flagged cells shaded. The CJK font is embedded as a subset, so the file reads the same on
 * a machine without it.
 */
@ApplicationScoped
public class PdfWriter {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float TOP = 62;
    static final float BOTTOM = 56;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x88, 0x88, 0x88);
    private static final Color HEADER_FILL = new Color(0xE6, 0xE9, 0xEE);
    private static final Color LABEL_FILL = new Color(0xF6, 0xF7, 0xF9);
    static final Color FLAG_FILL = new Color(0xF8, 0xC9, 0xC4);

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(—|-?[\\d,]+(\\.\\d+)?\\S{0,2}(（\\d+%）)?)( ※)?");

    private final CjkFont cjkFont;

    public PdfWriter(CjkFont cjkFont) {
        this.cjkFont = cjkFont;
    }

    public byte[] write(AuditDocument document) {
        Path file = cjkFont.file();
        try (PDDocument pdf = new PDDocument(); Loaded loaded = Loaded.of(file)) {
            PDType0Font font = PDType0Font.load(pdf, loaded.font(), true);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title() + " " + document.runningHead());
            info.setCreator("ogi query-service");
            Layout layout = new Layout(pdf, font, loaded.font(), document.runningHead());
            layout.title(document.title(), document.subtitle());
            for (Block block : document.blocks()) {
                if (block instanceof Heading h) {
                    layout.heading(h);
                } else if (block instanceof Paragraph p) {
                    layout.paragraph(p);
                } else if (block instanceof Table t) {
                    layout.table(t);
                }
            }
            layout.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font file parsed: a collection's first face, or a plain TrueType/OpenType file. */
    private record Loaded(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {
        static Loaded of(Path file) throws IOException {
            if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(ttf -> {
                    if (first[0] == null) {
                        first[0] = ttf;
                    }
                });
                return new Loaded(first[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new Loaded(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** The pen: where the next line goes, on which page. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final TrueTypeFont ttf;
        private final String runningHead;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Layout(PDDocument pdf, PDType0Font font, TrueTypeFont ttf, String runningHead) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.ttf = ttf;
            this.runningHead = runningHead;
            newPage();
        }

        void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            y = PAGE.getHeight() - TOP;
        }

        void title(String title, String subtitle) throws IOException {
            for (String line : wrap(title, 18, WIDTH)) {
                centred(line, 18, true, Color.BLACK);
                y -= 26;
            }
            for (String line : wrap(subtitle, 11, WIDTH)) {
                centred(line, 11, false, GREY);
                y -= 16;
            }
            y -= 6;
        }

        void heading(Heading h) throws IOException {
            float size = h.level() == 1 ? 13.5f : h.level() == 2 ? 11.5f : 10.5f;
            float space = h.level() == 1 ? 12 : 7;
            // a heading never ends a page: it stays with at least three lines of what follows
            if (y - space - size - 45 < BOTTOM) {
                newPage();
            } else {
                y -= space;
            }
            for (String line : wrap(h.text(), size, WIDTH)) {
                text(MARGIN, y - size, line, size, true, Color.BLACK);
                y -= size + 6;
            }
            y -= 2;
        }

        void paragraph(Paragraph p) throws IOException {
            float size = p.tone() == Tone.SECONDARY ? 9 : 10;
            float leading = size + 5;
            float indent = p.tone() == Tone.STRONG ? 0 : 12;
            if (p.tone() == Tone.STRONG) {
                y -= 4;
            }
            for (String line : wrap(p.text(), size, WIDTH - indent)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                text(MARGIN + indent, y - size, line, size, p.tone() == Tone.STRONG,
                        p.tone() == Tone.SECONDARY ? GREY : Color.BLACK);
                y -= leading;
            }
        }

        void table(Table t) throws IOException {
            float size = t.widths().size() > 6 ? 7.5f : 8.5f;
            float leading = size + 3;
            float pad = 3;
            float[] columns = new float[t.widths().size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = t.widths().get(i) * WIDTH;
            }
            y -= 4;
            List<AuditDocument.Cell> header = t.header().stream().map(h -> new AuditDocument.Cell(h, false, true))
                    .toList();
            if (y - 3 * (leading + 2 * pad) < BOTTOM) {
                newPage();
            }
            row(header, columns, size, leading, pad, true);
            for (List<AuditDocument.Cell> cells : t.rows()) {
                float height = height(cells, columns, size, leading, pad);
                if (y - height < BOTTOM) {
                    newPage();
                    row(header, columns, size, leading, pad, true);
                }
                row(cells, columns, size, leading, pad, false);
            }
            y -= 8;
        }

        private float height(List<AuditDocument.Cell> cells, float[] columns, float size, float leading, float pad)
                throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size() && i < columns.length; i++) {
                lines = Math.max(lines, wrap(cells.get(i).text(), size, columns[i] - 2 * pad).size());
            }
            return lines * leading + 2 * pad;
        }

        private void row(List<AuditDocument.Cell> cells, float[] columns, float size, float leading, float pad,
                boolean header) throws IOException {
            float height = height(cells, columns, size, leading, pad);
            float x = MARGIN;
            for (int i = 0; i < cells.size() && i < columns.length; i++) {
                AuditDocument.Cell cell = cells.get(i);
                Color fill = header ? HEADER_FILL : cell.flagged() ? FLAG_FILL : cell.label() ? LABEL_FILL : null;
                if (fill != null) {
                    out.setNonStrokingColor(fill);
                    out.addRect(x, y - height, columns[i], height);
                    out.fill();
                }
                out.setStrokingColor(RULE);
                out.setLineWidth(0.5f);
                out.addRect(x, y - height, columns[i], height);
                out.stroke();
                float line = y - pad - size;
                boolean right = !header && !cell.label() && columns[i] < WIDTH * 0.35f && numeric(cell.text());
                for (String text : wrap(cell.text(), size, columns[i] - 2 * pad)) {
                    float tx = right ? x + columns[i] - pad - width(text, size) : x + pad;
                    text(tx, line, text, size, header || cell.flagged(), Color.BLACK);
                    line -= leading;
                }
                x += columns[i];
            }
            y -= height;
        }

        /** A figure (with a unit, a share or the flag) or the dash for none: set flush right, as figures are. */
        private static boolean numeric(String s) {
            return NUMBER.matcher(s).matches();
        }

        private void centred(String line, float size, boolean bold, Color color) throws IOException {
            text(MARGIN + (WIDTH - width(line, size)) / 2, y - size, line, size, bold, color);
        }

        private void text(float x, float baseline, String line, float size, boolean bold, Color color)
                throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(color);
            if (bold) {
                // the font has one weight: bold is drawn by stroking the outline too
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setStrokingColor(color);
                out.setLineWidth(size / 30);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(x, baseline);
            out.showText(line);
            out.endText();
        }

        /** Lines no wider than {@code max}: break anywhere in Chinese, at the last space in other text. */
        List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                int i = 0;
                while (i < paragraph.length()) {
                    int cp = paragraph.codePointAt(i);
                    float cw = charWidth(cp) * size;
                    if (w + cw > max && line.length() > 0) {
                        int space = line.lastIndexOf(" ");
                        if (cp < 0x2E80 && cp != ' ' && space > 0 && line.length() - space < 24) {
                            String rest = line.substring(space + 1);
                            lines.add(line.substring(0, space));
                            line.setLength(0);
                            line.append(rest);
                        } else {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        w = width(line.toString(), size);
                        if (cp == ' ' && line.length() == 0) {
                            i += Character.charCount(cp);
                            continue;
                        }
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String s, float size) throws IOException {
            float w = 0;
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                w += charWidth(s.codePointAt(i));
            }
            return w * size;
        }

        private float charWidth(int cp) throws IOException {
            Float w = widths.get(cp);
            if (w == null) {
                w = font.getStringWidth(new String(Character.toChars(cp))) / 1000;
                widths.put(cp, w);
            }
            return w;
        }

        /** Characters the font has no glyph for (control characters, rare symbols) become spaces, not errors. */
        private String printable(String s) throws IOException {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                int cp = s.codePointAt(i);
                if (cp == '\n') {
                    b.append('\n');
                    continue;
                }
                Boolean ok = glyphs.get(cp);
                if (ok == null) {
                    ok = !Character.isISOControl(cp) && ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
                    glyphs.put(cp, ok);
                }
                b.appendCodePoint(ok ? cp : ' ');
            }
            return b.toString();
        }

        /** Closes the last page, then writes the running head and "page n of m" on every page. */
        void finish() throws IOException {
            out.close();
            int pages = pdf.getNumberOfPages();
            for (int n = 0; n < pages; n++) {
                PDPage page = pdf.getPage(n);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = s;
                    List<String> head = wrap(runningHead, 8, WIDTH);
                    text(MARGIN, PAGE.getHeight() - 34, head.get(0), 8, false, GREY);
                    s.setStrokingColor(RULE);
                    s.setLineWidth(0.5f);
                    s.moveTo(MARGIN, PAGE.getHeight() - 40);
                    s.lineTo(PAGE.getWidth() - MARGIN, PAGE.getHeight() - 40);
                    s.stroke();
                    String number = "第 " + (n + 1) + " 页 共 " + pages + " 页  Page " + (n + 1) + " of " + pages;
                    text(MARGIN + (WIDTH - width(number, 8)) / 2, 30, number, 8, false, GREY);
                }
            }
        }
    }
}
