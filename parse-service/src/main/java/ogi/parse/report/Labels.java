package ogi.parse.report;

import java.util.regex.Pattern;

/**
 * Label normalisation: white space (also inside a label, from split cells), full- and half-width punctuation and
 * quotes are removed; full-width digits become ASCII. What remains are the characters that carry meaning.
 */
final class Labels {
    private static final Pattern IGNORED = Pattern.compile(
            "[\\s\\u00a0\\u3000()（）【】\\[\\]、,，.．:：;；“”\"'‘’「」《》〈〉·•]");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+|\\d{1,2})(?=\\D)");

    private Labels() {
    }

    static String normalize(String text) {
        return IGNORED.matcher(CellValues.normalizeDigits(text)).replaceAll("");
    }

    /** The leading numbering of a normalised label ({@code 七} of {@code 七总计}, {@code 3} of {@code 3其他}). */
    static String numbering(String normalized) {
        var m = NUMBERING.matcher(normalized);
        return m.find() ? m.group() : "";
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
