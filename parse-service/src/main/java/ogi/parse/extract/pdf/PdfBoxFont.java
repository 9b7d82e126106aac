package ogi.parse.extract.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font read by PDFBox (its program parsed): for the fonts whose codes, text or widths the font dictionary alone
 * does not give ({@link DeclaredFont}): standard 14 fonts without widths, Type 3 fonts, vertical writing, fonts
 * without a ToUnicode map.
 */
final class PdfBoxFont implements PageFont {
    private final PDFont font;
    private final Slice slice = new Slice();
    private final GlyphTexts texts = new GlyphTexts();
    private int lastLength;

    PdfBoxFont(PDFont font) {
        this.font = font;
    }

    @Override
    public int readCode(byte[] string, int at) throws IOException {
        slice.set(string, at);
        int code = font.readCode(slice);
        lastLength = Math.max(1, slice.at - at);
        return code;
    }

    @Override
    public int lastLength() {
        return lastLength;
    }

    @Override
    public String text(int code) throws IOException {
        return texts.of(code, font::toUnicode);
    }

    @Override
    public float advance(int code) throws IOException {
        return font.getDisplacement(code).getX();
    }

    @Override
    public boolean vertical() {
        return font.isVertical();
    }

    @Override
    public float verticalAdvance(int code) throws IOException {
        return font.getDisplacement(code).getY();
    }

    @Override
    public float[] position(int code) {
        var v = font.getPositionVector(code);
        return new float[] {v.getX(), v.getY()};
    }

    /** The rest of a shown string as a stream, without copying it. */
    static final class Slice extends InputStream {
        private byte[] bytes;
        private int at;

        void set(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return bytes.length - at;
        }
    }
}
