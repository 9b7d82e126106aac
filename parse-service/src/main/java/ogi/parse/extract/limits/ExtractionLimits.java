package ogi.parse.extract.limits;

/**
 * Bounds on what one document may make the extractors hold, whatever its format (PDF has its own as well, in
 * {@code pdf.PdfLimits}). A report is a few pages with three tables of at most 30 rows; these are far above that and
 * far below what would run the service out of memory.
 */
public final class ExtractionLimits {
    /** Characters of extracted text kept; the rest of a longer document is not read (the parser keeps 200,000). */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Grid positions of one table once its row and column spans are laid out. */
    public static final int MAX_TABLE_CELLS = 100_000;
    /** Bytes a Word document's main part may expand to. */
    public static final long MAX_DOCX_XML_BYTES = 256L * 1024 * 1024;

    private ExtractionLimits() {
    }
}
