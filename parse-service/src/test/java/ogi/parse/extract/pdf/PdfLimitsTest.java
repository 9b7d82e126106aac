package ogi.parse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * Real: PDFBox writes small hostile PDFs (compressed content streams with a loop of one operation) and the
 * extractor reads them; the glyph bomb is also read in a child JVM with a 160 MB heap. Each is refused on the first
 * try with the limit it crosses, named in the message; damaged and text-less PDFs are told apart.
 */
class PdfLimitsTest {
    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    @Test
    void aPageShowingAMillionGlyphsIsRefusedAtThePageLimit() {
        byte[] bomb = HostilePdfs.glyphBomb(1_000_000);
        assertTrue(bomb.length < 20_000, "the bomb is small: " + bomb.length + " bytes");
        UnreadableDocumentException e = refused(bomb);
        assertEquals("PDF page 1 shows more than " + PdfLimits.MAX_GLYPHS_PER_PAGE + " characters (limit)",
                e.getMessage());
        assertTrue(e instanceof PdfLimitException);
    }

    @Test
    void theGlyphBombIsRefusedInA160MegabyteHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx160m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), GlyphBombMain.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("refused: PDF page 1 shows more than 20000 characters (limit)"), out);
    }

    @Test
    void glyphsOverTheDocumentLimitAreRefused() {
        int perPage = PdfLimits.MAX_GLYPHS_PER_PAGE - 1;
        int pages = PdfLimits.MAX_GLYPHS / perPage + 1;
        assertEquals("PDF shows more than " + PdfLimits.MAX_GLYPHS + " characters (limit)",
                refused(HostilePdfs.glyphsOnEveryPage(pages, perPage)).getMessage());
    }

    @Test
    void tooManyPagesAreRefused() {
        int pages = PdfLimits.MAX_PAGES + 1;
        assertEquals("PDF has " + pages + " pages, more than " + PdfLimits.MAX_PAGES + " (limit)",
                refused(HostilePdfs.manyPages(pages)).getMessage());
    }

    @Test
    void aPageDrawingMillionsOfSegmentsIsRefused() {
        assertEquals("PDF page 1 draws more than " + PdfLimits.MAX_SEGMENTS_PER_PAGE + " path segments (limit)",
                refused(HostilePdfs.pathBomb(1_000_000)).getMessage());
    }

    @Test
    void aTruncatedPdfIsDamagedNotAScan() throws Exception {
        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/fixtures/unnamed-bureau-2023.pdf")) {
            pdf = in.readAllBytes();
        }
        for (int keep : new int[] {pdf.length / 2, pdf.length / 5, 40}) {
            byte[] cut = Arrays.copyOf(pdf, keep);
            String message = refusedOrText(cut);
            assertTrue(message.startsWith("the PDF is damaged"), keep + " bytes: " + message);
        }
        assertTrue(refused("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .startsWith("the PDF is damaged"));
    }

    @Test
    void pagesWithoutTextKeepTheScannedImageReason() {
        assertEquals("PDF has no text layer (a scanned image?); OCR is not supported",
                refused(HostilePdfs.noText()).getMessage());
    }

    private UnreadableDocumentException refused(byte[] pdf) {
        return assertThrows(UnreadableDocumentException.class,
                () -> extractor.extract(DocumentFormat.PDF, pdf, "application/pdf"));
    }

    /** The refusal's message; a PDF read in part must not pass for a whole one. */
    private String refusedOrText(byte[] pdf) {
        try {
            String text = extractor.extract(DocumentFormat.PDF, pdf, "application/pdf");
            return "read " + text.length() + " characters";
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    /** Run in a child JVM with a small heap: prints the refusal. */
    public static final class GlyphBombMain {
        public static void main(String[] args) {
            try {
                new DocumentTextExtractor().extract(DocumentFormat.PDF, HostilePdfs.glyphBomb(1_000_000), null);
                System.out.println("read");
            } catch (UnreadableDocumentException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
