package ogi.parse.extract.pdf;

import java.io.IOException;
import java.util.Arrays;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * A font read from its dictionary alone: its text from the ToUnicode map, its widths from {@code /Widths} (simple
 * fonts) or {@code /W} and {@code /DW} (Identity-H composite fonts), so the embedded font program (a 150 kB CJK
 * Type 1 or TrueType subset) is never parsed. The answers are PDFBox's for the same dictionary; a code the
 * dictionary says nothing about is asked of the font as PDFBox reads it ({@link PdfBoxFont}), loaded then.
 */
final class DeclaredFont implements PageFont {
    private final COSDictionary dict;
    private final boolean composite;
    private final CMap toUnicode;
    private final boolean identityToUnicode;
    private final boolean singleByteToUnicode;
    /** Simple fonts: widths from {@code firstChar}; composite: widths by CID. */
    private final float[] widths;
    private final int firstChar;
    private final int lastChar;
    private final float otherWidth;
    private final boolean otherWidthKnown;
    private final GlyphTexts texts = new GlyphTexts();
    private PdfBoxFont fallback;
    private int lastLength;

    private DeclaredFont(COSDictionary dict, boolean composite, CMap toUnicode, float[] widths, int firstChar,
            int lastChar, float otherWidth, boolean otherWidthKnown) {
        this.dict = dict;
        this.composite = composite;
        this.toUnicode = toUnicode;
        String name = toUnicode.getName();
        this.identityToUnicode = name != null && name.startsWith("Identity-") && !toUnicode.hasUnicodeMappings();
        COSName encoding = dict.getCOSName(COSName.ENCODING);
        this.singleByteToUnicode = !composite && (encoding == null || !encoding.getName().startsWith("Identity"));
        this.widths = widths;
        this.firstChar = firstChar;
        this.lastChar = lastChar;
        this.otherWidth = otherWidth;
        this.otherWidthKnown = otherWidthKnown;
    }

    /** The font read from its dictionary, or null when the dictionary does not say enough (PDFBox reads it). */
    static PageFont of(COSDictionary dict) throws IOException {
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        if (!(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return null;
        }
        if (COSName.TYPE0.equals(subtype)) {
            return composite(dict, stream);
        }
        if (!COSName.TYPE1.equals(subtype) && !COSName.TRUE_TYPE.equals(subtype)
                && !COSName.MM_TYPE1.equals(subtype)) {
            return null;
        }
        COSArray w = dict.getCOSArray(COSName.WIDTHS);
        if (w == null || w.size() == 0) {
            return null;
        }
        float[] widths = new float[w.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = w.getObject(i) instanceof COSNumber n ? n.floatValue() : 0;
        }
        COSDictionary descriptor = dict.getCOSDictionary(COSName.FONT_DESC);
        float missing = descriptor == null ? 0 : descriptor.getFloat(COSName.MISSING_WIDTH, 0);
        return new DeclaredFont(dict, false, parse(stream), widths, dict.getInt(COSName.FIRST_CHAR, -1),
                dict.getInt(COSName.LAST_CHAR, -1), missing, descriptor != null);
    }

    /** Identity-H composite fonts (what WPS and Word write); other encodings and vertical writing go to PDFBox. */
    private static PageFont composite(COSDictionary dict, COSStream stream) throws IOException {
        if (!COSName.IDENTITY_H.equals(dict.getCOSName(COSName.ENCODING))
                || !(dict.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)) {
            return null;
        }
        float dw = cidFont.getFloat(COSName.DW, 1000);
        COSArray w = cidFont.getCOSArray(COSName.W);
        float[] widths = new float[0];
        if (w != null) {
            widths = cidWidths(w);
            if (widths == null) {
                return null;
            }
        }
        return new DeclaredFont(dict, true, parse(stream), widths, 0, widths.length - 1, dw, true);
    }

    /** {@code /W}: {@code c [w1 w2 ...]} and {@code cFirst cLast w}, as an array by CID (0 where not given). */
    private static float[] cidWidths(COSArray w) {
        int max = -1;
        for (int i = 0; i + 1 < w.size(); ) {
            if (!(w.getObject(i) instanceof COSNumber first)) {
                return null;
            }
            COSBase next = w.getObject(i + 1);
            if (next instanceof COSArray list) {
                max = Math.max(max, first.intValue() + list.size() - 1);
                i += 2;
            } else if (next instanceof COSNumber last && i + 2 < w.size()) {
                max = Math.max(max, last.intValue());
                i += 3;
            } else {
                return null;
            }
        }
        if (max > 0xFFFF || max < -1) {
            return null;
        }
        float[] widths = new float[max + 1];
        Arrays.fill(widths, Float.NaN);
        for (int i = 0; i + 1 < w.size(); ) {
            int first = ((COSNumber) w.getObject(i)).intValue();
            COSBase next = w.getObject(i + 1);
            if (next instanceof COSArray list) {
                for (int k = 0; k < list.size(); k++) {
                    if (first + k >= 0 && list.getObject(k) instanceof COSNumber n) {
                        widths[first + k] = n.floatValue();
                    }
                }
                i += 2;
            } else {
                int last = ((COSNumber) next).intValue();
                float width = w.getObject(i + 2) instanceof COSNumber n ? n.floatValue() : Float.NaN;
                for (int c = Math.max(0, first); c <= last; c++) {
                    widths[c] = width;
                }
                i += 3;
            }
        }
        return widths;
    }

    private static CMap parse(COSStream stream) throws IOException {
        try (RandomAccessRead in = stream.createView()) {
            return new CMapParser().parse(in);
        }
    }

    @Override
    public int readCode(byte[] string, int at) throws IOException {
        if (!composite) {
            lastLength = 1;
            return string[at] & 0xFF;
        }
        if (at + 1 < string.length) {
            lastLength = 2;
            return (string[at] & 0xFF) << 8 | string[at + 1] & 0xFF;
        }
        // An odd byte at the end: as PDFBox's Identity-H reads it
        PdfBoxFont font = fallback();
        int code = font.readCode(string, at);
        lastLength = font.lastLength();
        return code;
    }

    @Override
    public int lastLength() {
        return lastLength;
    }

    @Override
    public String text(int code) throws IOException {
        return identityToUnicode ? fallback().text(code) : texts.of(code, this::declared);
    }

    private String declared(int code) throws IOException {
        String text = singleByteToUnicode && code < 256 ? toUnicode.toUnicode(code, 1) : toUnicode.toUnicode(code);
        return text != null ? text : fallback().text(code);
    }

    @Override
    public float advance(int code) throws IOException {
        if (composite) {
            float w = code < widths.length ? widths[code] : Float.NaN;
            return (Float.isNaN(w) ? otherWidth : w) / 1000;
        }
        int i = code - firstChar;
        if (code >= firstChar && code <= lastChar && i < widths.length) {
            return widths[i] / 1000;
        }
        return otherWidthKnown ? otherWidth / 1000 : fallback().advance(code);
    }

    private PdfBoxFont fallback() throws IOException {
        if (fallback == null) {
            fallback = new PdfBoxFont(PDFontFactory.createFont(dict));
        }
        return fallback;
    }
}
