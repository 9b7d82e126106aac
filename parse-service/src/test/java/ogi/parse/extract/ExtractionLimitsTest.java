package ogi.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.report.Report;
import ogi.parse.report.ReportParser;
import ogi.parse.report.SampleReports;
import ogi.parse.extract.limits.UnreadableDocumentException;
import ogi.parse.extract.limits.ExtractionLimits;

/**
 * Real: hostile and merely large documents made here. An HTML table whose spans would lay out millions of grid
 * positions is refused naming the limit; a Word document of 20 MB of plain paragraphs (2–3 MB on disk) is read,
 * its report found, its text cut at the limit rather than the service running out of memory.
 */
class ExtractionLimitsTest {
    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    @Test
    void anHtmlTableOfHugeSpansIsRefusedNamingTheLimit() {
        StringBuilder html = new StringBuilder("<html><body><table>");
        for (int row = 0; row < 30; row++) {
            html.append("<tr>");
            for (int cell = 0; cell < 100; cell++) {
                html.append("<td rowspan=\"100\" colspan=\"100\">x</td>");
            }
            html.append("</tr>");
        }
        html.append("</table></body></html>");
        assertTrue(html.length() > 100_000, "the shape of the report: a 114 kB page");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> extractor.extract(
                DocumentFormat.HTML, html.toString().getBytes(StandardCharsets.UTF_8), "text/html"));
        assertTrue(e.getMessage().contains("MAX_TABLE_CELLS"), e.getMessage());
    }

    @Test
    void aWordDocumentOfTwentyMegabytesOfParagraphsIsReadAndCut() throws Exception {
        String report = SampleReports.text("dushanzi-urban-management-2021.txt");
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(FormatSamples.docx(report)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String filler = "本机关持续推进政府信息公开工作，";
            String paragraph = filler.repeat(40) + "。";
            for (int i = 0; i < 20 * 1024 * 1024 / (paragraph.length() * 3) ; i++) {
                doc.createParagraph().createRun().setText(paragraph + i);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        String text = extractor.extract(DocumentFormat.DOCX, docx, null);
        assertTrue(text.length() <= ExtractionLimits.MAX_TEXT_CHARS && text.length() > ExtractionLimits.MAX_TEXT_CHARS
                - 1000, "text cut at the limit (within a paragraph of it): " + text.length());
        Report parsed = new ReportParser().parse(text);
        Report expected = new ReportParser().parse(report);
        assertEquals(expected.metadata().agency(), parsed.metadata().agency());
        assertEquals(expected.table("table2").rows().size(), parsed.table("table2").rows().size());
    }

    @Test
    void aWordDocumentWithoutItsMainPartIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> extractor.extract(DocumentFormat.DOCX, out.toByteArray(), null));
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }
}
