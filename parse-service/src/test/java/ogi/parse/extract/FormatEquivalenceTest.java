package ogi.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.parse.report.ReportParser;
import ogi.parse.report.SampleReports;
import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * Real: the Dushanzi and unnamed sample reports, rebuilt as an HTML page with rowspan/colspan (jsoup), as a Word
 * document with real tables (POI), and re-encoded as GB18030 and UTF-16; each must parse to the same three tables
 * and metadata as the text; and as PDFs with a text layer (fixtures made with PDFBox by {@link PdfFixtureGenerator}:
 * cells placed in columns, prose wrapped, page numbers, page breaks inside tables).
 */
class FormatEquivalenceTest {
    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final ReportParser parser = new ReportParser();

    @Test
    void htmlWithRowspanAndColspanParsesLikeTheText() {
        for (String sample : List.of("dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt")) {
            String text = SampleReports.text(sample);
            byte[] html = FormatSamples.html(text).getBytes(StandardCharsets.UTF_8);
            assertSameReport(sample, parser.parse(text), parse(DocumentFormat.HTML, html, "text/html"));
        }
    }

    @Test
    void htmlInGbkWithAMetaCharsetParsesLikeTheText() {
        String text = SampleReports.text("dushanzi-urban-management-2021.txt");
        String html = FormatSamples.html(text).replace("<head>", "<head><meta charset=\"gbk\">");
        assertSameReport("gbk html", parser.parse(text),
                parse(DocumentFormat.HTML, html.getBytes(Charset.forName("GB18030")), "text/html"));
    }

    @Test
    void docxWithRealWordTablesParsesLikeTheText() throws Exception {
        for (String sample : List.of("dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt")) {
            String text = SampleReports.text(sample);
            assertSameReport(sample, parser.parse(text), parse(DocumentFormat.DOCX, FormatSamples.docx(text), null));
        }
    }

    @Test
    void pdfWithATextLayerParsesLikeTheText() throws Exception {
        for (String sample : List.of("dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt")) {
            byte[] pdf;
            try (var in = getClass().getResourceAsStream("/fixtures/" + sample.replace(".txt", ".pdf"))) {
                pdf = in.readAllBytes();
            }
            assertSameReport(sample + " PDF", parser.parse(SampleReports.text(sample)),
                    parse(DocumentFormat.PDF, pdf, "application/pdf"));
        }
    }

    @Test
    void gb18030AndUtf16AndBomTextParseLikeUtf8() {
        for (String sample : List.of("wusu-urban-management-2023.txt", "weibin-urban-management-2022.txt")) {
            String text = SampleReports.text(sample);
            Report utf8 = parser.parse(text);
            assertSameReport(sample + " GB18030", utf8,
                    parse(DocumentFormat.TEXT, text.getBytes(Charset.forName("GB18030")), "text/plain"));
            assertSameReport(sample + " GBK declared", utf8,
                    parse(DocumentFormat.TEXT, text.getBytes(Charset.forName("GB18030")), "text/plain; charset=gbk"));
            byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            assertSameReport(sample + " UTF-16LE BOM", utf8, parse(DocumentFormat.TEXT, utf16, null));
            assertSameReport(sample + " UTF-16LE without BOM", utf8,
                    parse(DocumentFormat.TEXT, text.getBytes(StandardCharsets.UTF_16LE), null));
            assertSameReport(sample + " UTF-16BE without BOM", utf8,
                    parse(DocumentFormat.TEXT, text.getBytes(StandardCharsets.UTF_16BE), "text/plain"));
            byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            assertSameReport(sample + " UTF-8 BOM", utf8, parse(DocumentFormat.TEXT, bom, null));
        }
    }

    @Test
    void randomBytesAndBrokenFilesAreRefusedWithAReason() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        assertThrows(UnreadableDocumentException.class, () -> extractor.extract(DocumentFormat.TEXT, garbage, "text/plain"));
        assertThrows(UnreadableDocumentException.class, () -> extractor.extract(DocumentFormat.DOCX, garbage, null));
        assertThrows(UnreadableDocumentException.class, () -> extractor.extract(DocumentFormat.PDF,
                "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), null));
    }

    private Report parse(DocumentFormat format, byte[] bytes, String contentType) {
        return parser.parse(extractor.extract(format, bytes, contentType));
    }

    static void assertSameReport(String what, Report expected, Report actual) {
        assertEquals(expected.metadata(), actual.metadata(), what + ": metadata");
        for (String table : List.of("table1", "table2", "table3")) {
            assertEquals(values(expected.table(table)), values(actual.table(table)), what + ": " + table);
        }
        assertEquals(expected.sections().stream().map(s -> s.found()).toList(),
                actual.sections().stream().map(s -> s.found()).toList(), what + ": sections");
    }

    /** Table contents without line numbers, which differ between layouts. */
    private static List<String> values(ReportTable table) {
        List<String> out = new ArrayList<>();
        table.rows().forEach(r -> r.cells().forEach((c, cell) -> out.add(r.key() + "/" + c + "="
                + (cell == null ? "null" : cell.value() + "|" + cell.raw()))));
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
