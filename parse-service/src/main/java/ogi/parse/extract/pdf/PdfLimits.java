package ogi.parse.extract.pdf;

import ogi.parse.extract.limits.ExtractionLimits;

/**
 * Bounds on what one PDF may make the extractor hold: a small file can draw millions of glyphs (a compressed
 * content stream with a loop of {@code Tj}) or ruling segments. Crossing one refuses the document on the first try
 * with a {@link PdfLimitException} that names the limit.
 */
public final class PdfLimits {
    public static final int MAX_PAGES = 300;
    public static final int MAX_GLYPHS_PER_PAGE = 20_000;
    public static final int MAX_GLYPHS = 400_000;
    /** Path segments (lines, rectangle edges) one page may draw. */
    public static final int MAX_SEGMENTS_PER_PAGE = 50_000;
    /** Decoded bytes of drawing instructions one page (its content streams and the forms it draws) may hold. */
    public static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;
    /** Characters of extracted text; the parser keeps 200,000 of them. */
    public static final int MAX_TEXT_CHARS = ExtractionLimits.MAX_TEXT_CHARS;
    /** Decoded streams are cached in memory up to this size, then in a temporary file up to {@link #MAX_CACHE}. */
    public static final long MAX_CACHE_IN_MEMORY = 8L * 1024 * 1024;
    public static final long MAX_CACHE = 256L * 1024 * 1024;

    private PdfLimits() {
    }
}
