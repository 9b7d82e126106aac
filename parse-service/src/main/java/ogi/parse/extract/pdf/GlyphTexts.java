package ogi.parse.extract.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A font's glyph texts as the page keeps them, worked out once per code: null for codes that show nothing (no
 * text, or only white space), otherwise the text with Kangxi radicals and compatibility ideographs mapped by NFKC
 * (Chinese PDFs often map glyphs to ⽇ for 日). Full-width punctuation is left as it is (the parser normalises
 * labels itself).
 */
final class GlyphTexts {
    private static final String NOTHING = new String("");
    private static final int MAX_CODE = 0xFFFF;

    /** Where the font's own text of a code comes from. */
    interface Source {
        String text(int code) throws IOException;
    }

    private String[] byCode = new String[256];

    String of(int code, Source source) throws IOException {
        if (code < 0 || code > MAX_CODE) {
            return kept(source.text(code));
        }
        if (code >= byCode.length) {
            byCode = Arrays.copyOf(byCode, Math.min(MAX_CODE + 1, Math.max(code + 1, byCode.length * 2)));
        }
        String t = byCode[code];
        if (t == null) {
            t = kept(source.text(code));
            byCode[code] = t == null ? NOTHING : t;
            return t;
        }
        return t == NOTHING ? null : t;
    }

    static String kept(String text) {
        if (text == null || text.isEmpty() || text.isBlank()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
