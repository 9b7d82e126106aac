package ogi.parse.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a content stream as operators with their operands, straight from its decoded bytes: numbers are parsed
 * in place into floats (no token strings, no {@code Float.parseFloat}), names and strings kept as they are, arrays
 * as lists of {@code Float} and {@code byte[]}; dictionaries (marked-content properties) and inline images are
 * skipped. The operands of the last operator are read with {@link #number}, {@link #name}, {@link #string} and
 * {@link #array}, counted from the first. Bytes read are counted against {@link PdfLimits#MAX_CONTENT_BYTES}.
 */
final class ContentTokens {
    private static final int MAX_OPERANDS = 32;
    private static final int MAX_ARRAY = 65_536;
    /** What {@link #next()} returns at the end of the stream. */
    static final int END = -2;
    private static final int KEYWORD = -3;
    private static final long TRUE = 't' | 'r' << 8 | 'u' << 16 | (long) 'e' << 24;
    private static final long FALSE = 'f' | 'a' << 8 | 'l' << 16 | (long) 's' << 24 | (long) 'e' << 32;
    private static final long NULL = 'n' | 'u' << 8 | 'l' << 16 | (long) 'l' << 24;

    private final InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int len;
    private final long[] pageBytes;
    private final int pageNumber;

    private final float[] numbers = new float[MAX_OPERANDS];
    private final Object[] objects = new Object[MAX_OPERANDS];
    private int count;
    private final StringBuilder word = new StringBuilder(8);

    /** {@code pageBytes}: the bytes read so far for the page, shared by its content streams and forms. */
    ContentTokens(InputStream in, int pageNumber, long[] pageBytes) {
        this.in = in;
        this.pageBytes = pageBytes;
        this.pageNumber = pageNumber;
    }

    int operands() {
        return count;
    }

    float number(int i) {
        return i < count ? numbers[i] : 0;
    }

    boolean isNumber(int i) {
        return i < count && objects[i] == null;
    }

    String name(int i) {
        return i < count && objects[i] instanceof Name n ? n.value : null;
    }

    byte[] string(int i) {
        return i < count && objects[i] instanceof byte[] b ? b : null;
    }

    List<?> array(int i) {
        return i < count && objects[i] instanceof List<?> l ? l : null;
    }

    /** The next operator ({@link Operators}), its operands read; {@link #END} at the end of the stream. */
    int next() throws IOException {
        count = 0;
        while (true) {
            int c = skipSpace();
            if (c < 0) {
                return END;
            }
            if (c == '/') {
                pos++;
                push(0, new Name(readName()));
            } else if (c == '(') {
                pos++;
                push(0, readLiteral());
            } else if (c == '<') {
                pos++;
                if (peek() == '<') {
                    pos++;
                    skipDictionary();
                    push(0, Boolean.TRUE);
                } else {
                    push(0, readHex());
                }
            } else if (c == '[') {
                pos++;
                push(0, readArray());
            } else if (isNumberStart(c)) {
                push(readNumber(), null);
            } else if (c == ']' || c == ')' || c == '>' || c == '{' || c == '}') {
                pos++;
            } else {
                int op = readOperator();
                if (op == KEYWORD) {
                    push(0, Boolean.FALSE);
                    continue;
                }
                if (op == Operators.BEGIN_IMAGE) {
                    skipInlineImage();
                    count = 0;
                    continue;
                }
                return op;
            }
        }
    }

    private void push(float number, Object object) {
        if (count == MAX_OPERANDS) {
            // Garbage or an operator we do not know of with many operands: keep the last ones.
            System.arraycopy(numbers, 1, numbers, 0, MAX_OPERANDS - 1);
            System.arraycopy(objects, 1, objects, 0, MAX_OPERANDS - 1);
            count--;
        }
        numbers[count] = number;
        objects[count] = object;
        count++;
    }

    private List<Object> readArray() throws IOException {
        List<Object> out = new ArrayList<>();
        while (true) {
            int c = skipSpace();
            if (c < 0 || c == ']') {
                pos++;
                return out;
            }
            Object element = null;
            if (c == '(') {
                pos++;
                element = readLiteral();
            } else if (c == '<') {
                pos++;
                if (peek() == '<') {
                    pos++;
                    skipDictionary();
                } else {
                    element = readHex();
                }
            } else if (isNumberStart(c)) {
                element = readNumber();
            } else if (c == '/') {
                pos++;
                readName();
            } else if (c == '[') {
                pos++;
                readArray();
            } else {
                // A stray operator inside an array is skipped.
                String w = readWord();
                if (w.isEmpty()) {
                    pos++;
                }
            }
            if (element != null && out.size() < MAX_ARRAY) {
                out.add(element);
            }
        }
    }

    private static boolean isNumberStart(int c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    private float readNumber() throws IOException {
        boolean negative = false;
        int c = peek();
        if (c == '-' || c == '+') {
            negative = c == '-';
            pos++;
            // "--5" and "+-5" occur in broken writers' output
            while ((c = peek()) == '-' || c == '+') {
                pos++;
            }
        }
        double value = 0;
        double scale = 0;
        while ((c = peek()) >= 0) {
            if (c >= '0' && c <= '9') {
                if (scale == 0) {
                    value = value * 10 + (c - '0');
                } else {
                    value += (c - '0') / scale;
                    scale *= 10;
                }
            } else if (c == '.' && scale == 0) {
                scale = 10;
            } else {
                break;
            }
            pos++;
        }
        return (float) (negative ? -value : value);
    }

    /** The operator's bytes packed (see {@link Operators}); true, false and null are {@link #KEYWORD}. */
    private int readOperator() throws IOException {
        long packed = 0;
        int n = 0;
        int c;
        while ((c = peek()) >= 0 && !isSpace(c) && !isDelimiter(c)) {
            pos++;
            if (n < 8) {
                packed |= (long) c << (8 * n);
            }
            n++;
        }
        if (n == 0) {
            pos++; // a byte that starts no token
            return Operators.OTHER;
        }
        if (n <= 3) {
            return (int) packed;
        }
        return packed == TRUE || packed == FALSE || packed == NULL ? KEYWORD : Operators.OTHER;
    }

    private String readName() throws IOException {
        word.setLength(0);
        int c;
        while ((c = peek()) >= 0 && !isSpace(c) && !isDelimiter(c)) {
            pos++;
            if (c == '#' && hex(peekAt(0)) >= 0 && hex(peekAt(1)) >= 0) {
                c = hex(peekAt(0)) << 4 | hex(peekAt(1));
                pos += 2;
            }
            word.append((char) c);
        }
        return word.toString();
    }

    private String readWord() throws IOException {
        word.setLength(0);
        int c;
        while ((c = peek()) >= 0 && !isSpace(c) && !isDelimiter(c) && word.length() < 16) {
            pos++;
            word.append((char) c);
        }
        return word.toString();
    }

    private byte[] readLiteral() throws IOException {
        ByteBuilder out = new ByteBuilder();
        int depth = 1;
        int c;
        while ((c = read()) >= 0) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0) {
                    break;
                }
            } else if (c == '\\') {
                c = read();
                switch (c) {
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case '\r' -> {
                        if (peek() == '\n') {
                            pos++;
                        }
                        continue;
                    }
                    case '\n' -> {
                        continue;
                    }
                    default -> {
                        if (c >= '0' && c <= '7') {
                            int v = c - '0';
                            for (int k = 0; k < 2 && peek() >= '0' && peek() <= '7'; k++) {
                                v = v * 8 + read() - '0';
                            }
                            c = v & 0xFF;
                        } else if (c < 0) {
                            return out.bytes();
                        }
                    }
                }
            }
            out.add(c);
        }
        return out.bytes();
    }

    private byte[] readHex() throws IOException {
        ByteBuilder out = new ByteBuilder();
        int high = -1;
        int c;
        while ((c = read()) >= 0 && c != '>') {
            int h = hex(c);
            if (h < 0) {
                continue;
            }
            if (high < 0) {
                high = h;
            } else {
                out.add(high << 4 | h);
                high = -1;
            }
        }
        if (high >= 0) {
            out.add(high << 4);
        }
        return out.bytes();
    }

    /** After "<<": up to the matching ">>", strings inside included. */
    private void skipDictionary() throws IOException {
        int depth = 1;
        int c;
        while (depth > 0 && (c = read()) >= 0) {
            if (c == '(') {
                readLiteral();
            } else if (c == '<') {
                if (peek() == '<') {
                    pos++;
                    depth++;
                }
            } else if (c == '>' && peek() == '>') {
                pos++;
                depth--;
            }
        }
    }

    /** After "BI": its key/value pairs up to "ID", then the image data up to "EI" standing alone. */
    private void skipInlineImage() throws IOException {
        int c;
        while ((c = skipSpace()) >= 0) {
            if (c == '/') {
                pos++;
                readName();
            } else if (c == '(') {
                pos++;
                readLiteral();
            } else if (c == '<' || c == '[' || c == ']' || c == '>') {
                pos++;
            } else if (isNumberStart(c)) {
                readNumber();
            } else {
                String w = readWord();
                if (w.equals("ID")) {
                    break;
                }
                if (w.isEmpty()) {
                    pos++;
                }
            }
        }
        read(); // the single white-space byte after ID
        while ((c = read()) >= 0) {
            if (isSpace(c) && peek() == 'E' && peekAt(1) == 'I' && (peekAt(2) < 0 || isSpace(peekAt(2)))) {
                pos += 2;
                return;
            }
        }
    }

    private int skipSpace() throws IOException {
        int c;
        while ((c = peek()) >= 0) {
            if (isSpace(c)) {
                pos++;
            } else if (c == '%') {
                while ((c = peek()) >= 0 && c != '\n' && c != '\r') {
                    pos++;
                }
            } else {
                return c;
            }
        }
        return -1;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (pos < len) {
            return buf[pos] & 0xFF;
        }
        return fill(0) ? buf[pos] & 0xFF : -1;
    }

    private int peekAt(int ahead) throws IOException {
        if (pos + ahead < len) {
            return buf[pos + ahead] & 0xFF;
        }
        return fill(ahead) ? buf[pos + ahead] & 0xFF : -1;
    }

    /** Refills the buffer keeping the bytes from {@code pos}; true when at least {@code ahead + 1} are there. */
    private boolean fill(int ahead) throws IOException {
        int kept = len - pos;
        System.arraycopy(buf, pos, buf, 0, kept);
        pos = 0;
        len = kept;
        while (len <= ahead) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return false;
            }
            pageBytes[0] += n;
            if (pageBytes[0] > PdfLimits.MAX_CONTENT_BYTES) {
                throw new PdfLimitException("PDF page " + pageNumber + " has more than "
                        + PdfLimits.MAX_CONTENT_BYTES + " bytes of drawing instructions");
            }
            len += n;
        }
        return true;
    }

    /** A name operand (kept apart from strings, which are bytes). */
    private record Name(String value) {
    }

    /** A growing byte array for strings, small at first. */
    private static final class ByteBuilder {
        private byte[] bytes = new byte[16];
        private int size;

        void add(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    @Override
    public String toString() {
        return new String(buf, pos, Math.min(len - pos, 40), StandardCharsets.ISO_8859_1);
    }
}
