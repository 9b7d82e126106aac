package ogi.parse.extract;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF in reading order (sorted by position). A PDF without a text layer (a scan) gives
 * no text and is refused as unreadable; OCR is not attempted.
 */
public final class PdfTextExtractor {
    private static final int MAX_PAGES = 500;

    private PdfTextExtractor() {
    }

    public static String extract(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
                null, null, MemoryUsageSetting.setupMixed(64L * 1024 * 1024, 512L * 1024 * 1024).streamCache)) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException("PDF has " + doc.getNumberOfPages() + " pages, more than "
                        + MAX_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            if (text.isBlank()) {
                throw new UnreadableDocumentException("PDF has no text layer (a scanned image?); OCR is not supported");
            }
            return text;
        } catch (IOException e) {
            throw new UnreadableDocumentException("PDF cannot be read: " + e.getMessage(), e);
        }
    }
}
