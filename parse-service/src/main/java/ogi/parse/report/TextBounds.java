package ogi.parse.report;

/**
 * Where a piece of text starts and ends once white space ({@link Character#isWhitespace}, as {@link String#strip}
 * reads it) is left out, told without copying it; Han text is told apart from white space with one comparison.
 */
final class TextBounds {
    private TextBounds() {
    }

    /** {@link Character#isWhitespace}: above ASCII only the separators from U+1680 to U+3000 can be. */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
    }

    /** The first index from {@code from} on that is not white space, {@code to} when there is none. */
    static int start(String text, int from, int to) {
        while (from < to && isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last index before {@code to} that is not white space, {@code from} when there is none. */
    static int end(String text, int from, int to) {
        while (to > from && isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@code text.strip().length()} without the copy. */
    static int strippedLength(String text) {
        int end = end(text, 0, text.length());
        return end - start(text, 0, end);
    }

    /** {@code text.strip()}, the same string when nothing is stripped. */
    static String strip(String text) {
        int end = end(text, 0, text.length());
        int start = start(text, 0, end);
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }
}
