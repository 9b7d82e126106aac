package ogi.parse.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;
import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * Decodes the bytes of a text document. Order: byte-order mark; the charset the uploader declared (gb2312 and gbk
 * read as GB18030, their superset); strict UTF-8; UTF-16 without a byte-order mark; a detector; GB18030. A strict decode that fails is never
 * accepted silently: text full of replacement or control characters is refused as unreadable.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declaredCharset(contentType);
        if (declared != null) {
            String text = strict(bytes, declared);
            if (text != null) {
                return text;
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String utf16 = utf16WithoutByteOrderMark(bytes);
        if (utf16 != null) {
            return utf16;
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                return text;
            }
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return gb;
        }
        throw new UnreadableDocumentException(
                "text is not valid UTF-8, UTF-16 or GB18030 and no declared charset decodes it");
    }

    static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("cp936") || name.equals("x-gbk")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * UTF-16 saved without a byte-order mark (Windows' "Unicode" without BOM): taken in the byte order in which
     * nearly every character is one a Chinese report is written in (CJK ideographs and punctuation, full-width forms,
     * printable ASCII and white space). Bytes in any other encoding read as UTF-16 give mostly other characters.
     */
    private static String utf16WithoutByteOrderMark(byte[] bytes) {
        if (bytes.length < 8 || bytes.length % 2 != 0) {
            return null;
        }
        for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text = strict(bytes, order);
            if (text != null && plausibleShare(text) >= 0.95) {
                return text;
            }
        }
        return null;
    }

    private static double plausibleShare(String text) {
        long plausible = text.chars().limit(1 << 15).filter(c -> c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t'
                || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D || c == 0x3400 || c == 0xB7).count();
        return (double) plausible / Math.min(text.length(), 1 << 15);
    }

    /** Up to this size, UTF-8 is decoded at once (see {@link #strict}); beyond it in chunks. */
    private static final int DECODED_AT_ONCE = 1 << 20;

    /** Decodes with errors reported; null when the bytes are not valid in that charset or decode to binary junk. */
    private static String strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length <= DECODED_AT_ONCE) {
            // The JDK's own decoding, much faster than a decoder's; it replaces what is malformed with U+FFFD, so
            // text without U+FFFD was valid UTF-8, and text with one is decoded again strictly to tell.
            String text = new String(bytes, StandardCharsets.UTF_8);
            switch (readsAsText(text)) {
                case TEXT:
                    return text;
                case NOT_TEXT:
                    return null; // decoded strictly it is the same text, or none
                default:
                    break;
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // In chunks into a builder that grows with the text: decoding at once would first take a buffer of one
        // character per byte (20 MB for a 10 MB file of Chinese, which is 3.3 million characters).
        // No charset read here gives more characters than bytes (+1 for a decoder's pending output): a small
        // document takes buffers of its own size.
        int chunk = Math.min(bytes.length + 1, 1 << 16);
        StringBuilder text = new StringBuilder(chunk);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(chunk);
        for (CoderResult result = CoderResult.OVERFLOW; result.isOverflow();) {
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return null;
            }
            text.append(out.flip());
            out.clear();
        }
        for (CoderResult result = CoderResult.OVERFLOW; result.isOverflow();) {
            result = decoder.flush(out);
            text.append(out.flip());
            out.clear();
        }
        String decoded = text.toString();
        return looksLikeText(decoded) ? decoded : null;
    }

    private enum Reading { TEXT, NOT_TEXT, REPLACED }

    /**
     * {@link #looksLikeText} and whether the text holds U+FFFD, in one pass: {@code REPLACED} as soon as a U+FFFD is
     * met before the text has shown too many control characters.
     */
    private static Reading readsAsText(String text) {
        int allowed = Math.max(2, text.length() / 200);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                if (++control > allowed) {
                    return Reading.NOT_TEXT;
                }
            } else if (c == 0xFFFD) {
                return Reading.REPLACED;
            }
        }
        return Reading.TEXT;
    }

    private static boolean looksLikeText(String text) {
        int allowed = Math.max(2, text.length() / 200);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD) {
                if (++control > allowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
