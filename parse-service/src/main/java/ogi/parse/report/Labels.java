package ogi.parse.report;


/**
 * Label normalisation: white space (also inside a label, from split cells), full- and half-width punctuation and
 * quotes are removed; full-width digits become ASCII. What remains are the characters that carry meaning.
 */
final class Labels {
    private static final String IGNORED = "()（）【】[]、,，.．:：;；“”\"'‘’「」《》〈〉·•\u00a0\u3000";

    private Labels() {
    }

    private static final boolean[] DROPPED = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : IGNORED.toCharArray()) {
            DROPPED[c] = true;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            DROPPED[c] |= Character.isWhitespace(c);
        }
    }

    /** White space as {@code \s} of {@link java.util.regex.Pattern} reads it: space, tab, line breaks, form feed. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isDropped(char c) {
        return DROPPED[c];
    }

    /** One pass: drops white space and punctuation, turns full-width digits into ASCII. */
    static String normalize(String text) {
        int i = 0;
        while (i < text.length() && !changes(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] out = new char[text.length()];
        text.getChars(0, i, out, 0);
        int n = i;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!DROPPED[c]) {
                out[n++] = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
            }
        }
        return new String(out, 0, n);
    }

    private static boolean changes(char c) {
        return DROPPED[c] || c >= '０' && c <= '９';
    }

    /** The leading numbering of a normalised label ({@code 七} of {@code 七总计}, {@code 3} of {@code 3其他}). */
    static String numbering(String normalized) {
        int end = 0;
        while (end < normalized.length() && "一二三四五六七八九十".indexOf(normalized.charAt(end)) >= 0) {
            end++;
        }
        if (end == 0) {
            while (end < normalized.length() && end < 2 && Character.isDigit(normalized.charAt(end))) {
                end++;
            }
        }
        // numbering is followed by something that is not a digit (the label itself)
        if (end == 0 || end >= normalized.length() || Character.isDigit(normalized.charAt(end))) {
            return "";
        }
        return normalized.substring(0, end);
    }

    static String withoutNumbering(String normalized) {
        return normalized.substring(numbering(normalized).length());
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
