package ogi.parse.extract.pdf;

import java.io.IOException;

/**
 * What the extractor needs of a font: how a shown string splits into character codes, each code's text and its
 * advance (text space units for a font size of 1). Its shapes are never needed.
 */
interface PageFont {
    /** The code starting at {@code at} in {@code string}; its length in bytes is {@link #lastLength()} after. */
    int readCode(byte[] string, int at) throws IOException;

    int lastLength();

    /** The code's text as the page keeps it ({@link GlyphTexts}), null when it shows nothing. */
    String text(int code) throws IOException;

    /** The horizontal advance of the code for a font size of 1. */
    float advance(int code) throws IOException;

    /** True for vertical writing (Identity-V and other WMode 1 encodings). */
    default boolean vertical() {
        return false;
    }

    /** Vertical writing: the code's vertical advance for a font size of 1 (negative: downwards). */
    default float verticalAdvance(int code) throws IOException {
        return 0;
    }

    /** Vertical writing: the glyph origin's offset from the current point, {x, y}, for a font size of 1. */
    default float[] position(int code) {
        return null;
    }
}
