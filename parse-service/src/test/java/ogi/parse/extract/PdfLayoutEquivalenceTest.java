package ogi.parse.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.contracts.event.DocumentFormat;
import ogi.parse.report.ReportParser;
import ogi.parse.report.SampleReports;

/**
 * Real: every PDF under {@code fixtures/pdf/} (LibreOffice renderings of the sample reports at several page sizes,
 * fonts and margins, with tables broken across pages, repeated or not repeated headers, page headers and footers,
 * one-character-per-line labels; and PDFs with WPS's traits written by {@link WpsLikePdf}; origins in the README
 * there) must parse to the same report as the text of the same sample: metadata, every cell's value and raw text
 * of the three tables, sections found. A fixture is named {@code <sample>.<layout>.pdf}.
 */
class PdfLayoutEquivalenceTest {
    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final ReportParser parser = new ReportParser();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(PdfLayoutEquivalenceTest.class.getResource("/fixtures/pdf").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .sorted().toList();
            assertTrue(names.size() >= 10, "fixtures found: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyCellOfThePdfIsTheTextsCell(String fixture) throws Exception {
        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/fixtures/pdf/" + fixture)) {
            pdf = in.readAllBytes();
        }
        String sample = fixture.substring(0, fixture.indexOf('.')) + ".txt";
        FormatEquivalenceTest.assertSameReport(fixture, parser.parse(SampleReports.text(sample)),
                parser.parse(extractor.extract(DocumentFormat.PDF, pdf, "application/pdf")));
    }
}
