package ogi.parse.extract;

import ogi.parse.extract.pdf.PdfDocumentText;

/**
 * Reads the text layer of a PDF from the page geometry (glyph positions and ruling lines, {@code extract.pdf}):
 * tables come out one row per line with tab-separated cells, the rest as lines in reading order. A PDF without a
 * text layer (a scan) is refused as unreadable; OCR is not attempted. A damaged PDF, or one that crosses a limit
 * ({@code PdfLimits}), is refused with that reason.
 */
public final class PdfTextExtractor {
    private PdfTextExtractor() {
    }

    public static String extract(byte[] bytes) {
        return PdfDocumentText.extract(bytes);
    }
}
