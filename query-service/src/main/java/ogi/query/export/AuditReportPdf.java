package ogi.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A report's audit as a PDF document for sending on: the report's agency, year and status, every finding with the
 * cells it points at, the expected and actual values and the reviewer's decision, then the rule results. Chinese is
 * set in a CJK font embedded in the file (subset), read from {@code query.export.cjk-font} or the usual system
 * places (Debian's fonts-wqy-microhei, Noto CJK); without one the export is refused, never rendered as boxes.
 */
@ApplicationScoped
public class AuditReportPdf {
    private static final float MARGIN = 50;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;
    private static final List<String> FONT_PLACES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final Optional<String> configuredFont;

    public AuditReportPdf(@ConfigProperty(name = "query.export.cjk-font") Optional<String> configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** Thrown when no CJK font is installed: the service says so instead of writing unreadable text. */
    public static final class NoFont extends RuntimeException {
        NoFont(String message) {
            super(message);
        }
    }

    public byte[] render(Document report) {
        Path fontFile = font().orElseThrow(() -> new NoFont("no CJK font found (set query.export.cjk-font, or "
                + "install fonts-wqy-microhei)"));
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection collection = collection(fontFile)) {
            PDType0Font font = load(pdf, fontFile, collection);
            Writer w = new Writer(pdf, font);
            w.line(16, "政府信息公开工作年度报告审核结果  Audit of an annual report");
            w.line(SIZE, "机关 Agency: " + text(report.get("agency")) + "    年度 Year: " + text(report.get("year")));
            Document division = report.get("division", Document.class);
            if (division != null) {
                w.line(SIZE, "行政区划 Division: " + division.getString("path"));
            }
            w.line(SIZE, "文档 Document: " + report.get("documentId") + "    状态 Status: " + report.get("status"));
            Document audit = report.get("audit", Document.class);
            List<Document> findings = audit == null ? List.of() : audit.getList("findings", Document.class);
            w.line(SIZE, "规则目录 Catalogue: " + (audit == null ? "—" : audit.get("catalogueVersion"))
                    + "    发现 Findings: " + findings.size());
            w.gap();
            int n = 0;
            for (Document f : findings) {
                w.line(12, (++n) + ". " + f.getString("ruleId") + "  " + f.getString("severity"));
                w.wrapped(f.getString("messageZh"));
                w.wrapped(f.getString("messageEn"));
                Document at = f.get("location", Document.class);
                if (at != null) {
                    w.wrapped("位置 Location: " + join(at.getString("table"), at.getString("rowLabel"),
                            at.getString("columnLabel")));
                }
                if (f.get("expected") != null || f.get("actual") != null) {
                    w.wrapped("应为 Expected: " + text(f.get("expected")) + "    实为 Actual: " + text(f.get("actual")));
                }
                List<Document> cells = f.getList("cells", Document.class);
                if (cells != null && !cells.isEmpty()) {
                    List<String> names = new ArrayList<>();
                    cells.forEach(c -> names.add(join(c.getString("table"), c.getString("rowLabel"),
                            c.getString("columnLabel"))));
                    w.wrapped("涉及单元格 Cells: " + String.join("；", names));
                }
                Document review = f.get("review", Document.class);
                if (review != null) {
                    w.wrapped("复核 Review: " + review.getString("decision") + " — " + text(review.get("reason")) + " ("
                            + review.getString("reviewer") + ")");
                }
                w.gap();
            }
            List<Document> results = audit == null ? null : audit.getList("ruleResults", Document.class);
            if (results != null && !results.isEmpty()) {
                w.line(12, "规则结果 Rule results");
                for (Document r : results) {
                    List<String> missing = r.getList("missing", String.class);
                    w.wrapped(r.getString("ruleId") + "  " + r.getString("outcome")
                            + (missing == null || missing.isEmpty() ? "" : "  缺 missing: " + String.join(", ", missing)));
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<Path> font() {
        if (configuredFont.isPresent() && Files.isReadable(Path.of(configuredFont.get()))) {
            return Optional.of(Path.of(configuredFont.get()));
        }
        return FONT_PLACES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    private static TrueTypeCollection collection(Path file) throws IOException {
        return file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")
                ? new TrueTypeCollection(file.toFile()) : null;
    }

    private static PDType0Font load(PDDocument pdf, Path file, TrueTypeCollection collection) throws IOException {
        if (collection == null) {
            return PDType0Font.load(pdf, file.toFile());
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(ttf -> {
            if (first[0] == null) {
                first[0] = ttf;
            }
        });
        return PDType0Font.load(pdf, first[0], true);
    }

    private static String text(Object o) {
        return o == null ? "—" : String.valueOf(o);
    }

    private static String join(String... parts) {
        return String.join(" / ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /** Lines down A4 pages, a new page when one is full; long text wrapped to the page's width. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            page = new PDPageContentStream(pdf, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(float size, String text) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(printable(text));
            page.endText();
            y -= Math.max(LEADING, size + 5);
        }

        void wrapped(String text) throws IOException {
            if (text == null || text.isBlank()) {
                return;
            }
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - 15;
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                current.append(text.charAt(i));
                if (font.getStringWidth(printable(current.toString())) / 1000 * SIZE > width) {
                    current.setLength(current.length() - 1);
                    line(SIZE, "   " + current);
                    current.setLength(0);
                    current.append(text.charAt(i));
                }
            }
            if (current.length() > 0) {
                line(SIZE, "   " + current);
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        void close() throws IOException {
            page.close();
        }

        /** The font has no glyph for control characters (tabs, line breaks in a message): spaces instead. */
        private String printable(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(c -> {
                boolean ok;
                try {
                    ok = !Character.isISOControl(c) && font.hasGlyph(c);
                } catch (IOException e) {
                    ok = false;
                }
                b.appendCodePoint(ok ? c : ' ');
            });
            return b.toString();
        }
    }
}
