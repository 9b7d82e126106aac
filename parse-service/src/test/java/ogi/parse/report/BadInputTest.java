package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.schema.EventSchemas;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * Bad input never throws anything but a reasoned refusal: each input ends as a parsed report (marked partial when
 * part of the template is missing) or as an {@link UnreadableDocumentException} whose message goes to the
 * dead-letter topic. Inputs: the real samples mutated, cut, repeated; noise; hostile files.
 */
class BadInputTest {
    private final DocumentReader reader = new DocumentReader(new DocumentTextExtractor(), new ReportParser());

    private static RawDocumentEvent raw(DocumentFormat format, byte[] bytes, String contentType) {
        return new RawDocumentEvent(1, "0".repeat(64), "input", contentType, format, bytes.length, Instant.EPOCH,
                null, bytes);
    }

    /** The outcome: the parsed event, or null when refused with a reason. Anything else fails the test. */
    private ParsedReportEvent outcome(DocumentFormat format, byte[] bytes, String contentType) {
        try {
            return reader.read(raw(format, bytes, contentType));
        } catch (UnreadableDocumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a refusal says why");
            return null;
        } catch (Throwable t) {
            fail("input escaped with " + t, t);
            return null;
        }
    }

    @Test
    void whatIsNoReportIsRefusedWithAReason() {
        Random random = new Random(3);
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            prose.append((char) (0x4E00 + random.nextInt(0x5000))).append(i % 40 == 39 ? "。\n" : "");
        }
        byte[] noise = new byte[50_000];
        random.nextBytes(noise);
        List<byte[]> inputs = List.of(prose.toString().getBytes(StandardCharsets.UTF_8),
                "The quick brown fox jumps over the lazy dog.\nNothing to see here.\n".getBytes(StandardCharsets.UTF_8),
                noise, new byte[0]);
        for (byte[] input : inputs) {
            assertEquals(null, outcome(DocumentFormat.TEXT, input, "text/plain"));
        }
    }

    @Test
    void aReportCutOffMidTableIsAPartialReportWithWhatWasFound() {
        String text = SampleReports.text("dushanzi-urban-management-2021.txt");
        String cut = text.substring(0, text.indexOf("4.保护第三方合法权益"));
        ParsedReportEvent event = outcome(DocumentFormat.TEXT, cut.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertTrue(event.report().partial());
        assertTrue(event.report().table2().row("withheld_three_safeties").found());
        assertFalse(event.report().table2().row("withheld_third_party").found());
        assertEquals(null, event.report().table2().cell("total_handled", "total"), "missing, never 0");
        assertFalse(event.report().section(5).found());
    }

    @Test
    void fiveMegabytesOfRepeatedReportsAreReadOnceWithNotes() {
        String text = SampleReports.text("unnamed-bureau-2023.txt");
        String big = text.repeat(5 * 1024 * 1024 / text.getBytes(StandardCharsets.UTF_8).length + 1);
        ParsedReportEvent event = outcome(DocumentFormat.TEXT, big.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(2023, event.report().metadata().year());
        assertFalse(event.report().parseNotes().isEmpty(), "repeated rows are noted");
        assertTrue(event.report().text().length() <= ReportParser.MAX_TEXT_CHARS);
    }

    @Test
    void corruptedOfficeFilesPdfsAndAZipBombAreRefused() throws Exception {
        byte[] docx = ogi.parse.extract.FormatSamples.docx(SampleReports.text("unnamed-bureau-2023.txt"));
        byte[] truncatedDocx = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertEquals(null, outcome(DocumentFormat.DOCX, truncatedDocx, null));
        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/fixtures/unnamed-bureau-2023.pdf")) {
            pdf = in.readAllBytes();
        }
        outcome(DocumentFormat.PDF, java.util.Arrays.copyOf(pdf, pdf.length / 3), "application/pdf");
        assertEquals(null, outcome(DocumentFormat.PDF, "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII), null));
        assertEquals(null, outcome(DocumentFormat.DOCX, zipBomb(), null));
    }

    @Test
    void thousandsOfRandomMutationsOfTheSamplesNeverEscape() throws Exception {
        Random random = new Random(20261125);
        List<String> samples = ReportParserGoldenTest.SAMPLES.stream().map(SampleReports::text).toList();
        int parsed = 0;
        for (int i = 0; i < 2000; i++) {
            String mutated = Mutations.mutate(samples.get(i % samples.size()), random);
            ParsedReportEvent event = outcome(DocumentFormat.TEXT, mutated.getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            if (event != null) {
                parsed++;
                if (i % 100 == 0) {
                    assertEquals(List.of(), EventSchemas.validate(EventSchemas.PARSED_REPORT, EventJson.write(event)),
                            "mutation " + i + " still gives a valid event");
                }
            }
        }
        assertTrue(parsed > 1000, "most mutations still read as reports: " + parsed);
    }

    /** A DOCX-shaped zip whose document.xml inflates 1000 to 1 (50 MB of zeros). */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
