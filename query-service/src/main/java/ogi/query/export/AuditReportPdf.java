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
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.RuleResult;
import ogi.query.api.Audit;
import ogi.query.api.AuditFinding;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.api.Review;
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

    public byte[] render(ReportDetail report) {
        Path fontFile = font().orElseThrow(() -> new NoFont("no CJK font found (set query.export.cjk-font, or "
                + "install fonts-wqy-microhei)"));
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection collection = collection(fontFile)) {
            PDType0Font font = load(pdf, fontFile, collection);
            Writer w = new Writer(pdf, font);
            ReportSummary summary = report.summary();
            w.line(16, "政府信息公开工作年度报告审核结果  Audit of an annual report");
            w.line(SIZE, "机关 Agency: " + text(summary.agency()) + "    年度 Year: " + text(summary.year()));
            if (summary.division() != null) {
                w.line(SIZE, "行政区划 Division: " + summary.division().path());
            }
            w.line(SIZE, "文档 Document: " + summary.documentId() + "    状态 Status: " + summary.status());
            Audit audit = report.audit();
            List<AuditFinding> findings = audit == null || audit.findings() == null ? List.of() : audit.findings();
            w.line(SIZE, "规则目录 Catalogue: " + (audit == null ? "—" : audit.catalogueVersion())
                    + "    发现 Findings: " + findings.size());
            w.gap();
            int n = 0;
            for (AuditFinding reviewed : findings) {
                Finding f = reviewed.finding();
                w.line(12, (++n) + ". " + f.ruleId() + "  " + f.severity());
                w.wrapped(f.messageZh());
                w.wrapped(f.messageEn());
                Location at = f.location();
                if (at != null) {
                    w.wrapped("位置 Location: " + join(at.table(), at.rowLabel(), at.columnLabel()));
                }
                if (f.expected() != null || f.actual() != null) {
                    w.wrapped("应为 Expected: " + text(f.expected()) + "    实为 Actual: " + text(f.actual()));
                }
                if (f.cells() != null && !f.cells().isEmpty()) {
                    List<String> names = new ArrayList<>();
                    f.cells().forEach(c -> names.add(join(c.table(), c.rowLabel(), c.columnLabel())));
                    w.wrapped("涉及单元格 Cells: " + String.join("；", names));
                }
                Review review = reviewed.review();
                if (review != null) {
                    w.wrapped("复核 Review: " + review.decision() + " — " + text(review.reason()) + " ("
                            + review.reviewer() + ")");
                }
                w.gap();
            }
            List<RuleResult> results = audit == null ? null : audit.ruleResults();
            if (results != null && !results.isEmpty()) {
                w.line(12, "规则结果 Rule results");
                for (RuleResult r : results) {
                    List<String> missing = r.missing();
                    w.wrapped(r.ruleId() + "  " + r.outcome()
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
