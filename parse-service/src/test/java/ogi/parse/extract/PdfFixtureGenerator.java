package ogi.parse.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import ogi.parse.report.SampleReports;

/**
 * Writes the PDF fixtures under {@code src/test/resources/fixtures/} from the pipe-layout samples, laid out as
 * agencies' PDFs are: prose wrapped to the page width, table cells placed in columns, page numbers, tables running
 * over page breaks. Needs a CJK TrueType font (Debian: fonts-wqy-microhei), so it runs only on request:
 * {@code ./mvnw -pl parse-service test -Dtest=PdfFixtureGenerator -Dfixtures.generate=true}.
 */
@EnabledIfSystemProperty(named = "fixtures.generate", matches = "true")
class PdfFixtureGenerator {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float SIZE = 7f;
    private static final float LEADING = 11f;
    private static final int WRAP = 60;

    @Test
    void generate() throws Exception {
        for (String sample : List.of("dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt")) {
            write(SampleReports.text(sample), Path.of("src/test/resources/fixtures",
                    sample.replace(".txt", ".pdf")));
        }
    }

    /** PDFs with WPS's traits ({@link WpsLikePdf}) at two page sizes and font sizes, under fixtures/pdf/. */
    @Test
    void generateWpsLike() throws Exception {
        for (String sample : List.of("dushanzi-urban-management-2021", "unnamed-bureau-2023",
                "weibin-urban-management-2022")) {
            String text = SampleReports.text(sample + ".txt");
            Files.write(Path.of("src/test/resources/fixtures/pdf", sample + ".wps-a4.pdf"),
                    new WpsLikePdf(PDRectangle.A4, 10.5f, 72).render(text));
            Files.write(Path.of("src/test/resources/fixtures/pdf", sample + ".wps-a5-small.pdf"),
                    new WpsLikePdf(PDRectangle.A5, 8f, 36).render(text));
        }
    }

    private static void write(String text, Path out) throws Exception {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT)) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            List<List<String>> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.contains("|")) {
                    List<String> cells = new ArrayList<>();
                    for (String c : line.strip().replaceAll("^\\|", "").replaceAll("\\|\\s*$", "").split("\\|", -1)) {
                        cells.add(c.strip());
                    }
                    lines.add(cells);
                } else {
                    for (int i = 0; i < line.length(); i += WRAP) {
                        lines.add(List.of(line.substring(i, Math.min(line.length(), i + WRAP))));
                    }
                }
            }
            PDPageContentStream content = null;
            float y = 0;
            int page = 0;
            for (List<String> cells : lines) {
                if (content == null || y < 60) {
                    if (content != null) {
                        footer(content, font, page);
                        content.close();
                    }
                    PDPage p = new PDPage(PDRectangle.A4);
                    doc.addPage(p);
                    content = new PDPageContentStream(doc, p);
                    y = PDRectangle.A4.getHeight() - 50;
                    page++;
                }
                float x = 40;
                for (String cell : cells) {
                    boolean value = cell.matches("[-\\d.]+(万元)?") || cell.isEmpty();
                    float at = value ? Math.max(x, 300) : x;
                    if (!cell.isEmpty()) {
                        show(content, font, cell, at, y);
                    }
                    x = at + (value ? 32 : Math.max(40, font.getStringWidth(cell) / 1000 * SIZE + 12));
                }
                y -= LEADING;
            }
            footer(content, font, page);
            content.close();
            doc.save(out.toFile());
        }
        Files.size(out);
    }

    private static void footer(PDPageContentStream content, PDType0Font font, int page) throws Exception {
        show(content, font, "-" + page + "-", 290, 30);
    }

    private static void show(PDPageContentStream content, PDType0Font font, String text, float x, float y)
            throws Exception {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
