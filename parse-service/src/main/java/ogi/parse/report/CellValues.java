package ogi.parse.report;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ogi.contracts.report.Cell;

/**
 * Reads the value of a table cell. Blank, {@code /}, {@code -}, {@code —} and {@code &nbsp;} are missing values
 * (null, never 0); a unit written into the cell ({@code 1186.37万元}) is kept apart from the number; an amount in
 * 元 is converted to the template's 万元 when the column's unit is 万元. Words such as {@code 无} are text where a
 * number belongs: the cell keeps its raw text and has no value.
 */
final class CellValues {
    private static final Pattern NUMBER = Pattern.compile(
            "^([-−－+＋]?\\d+(?:[,，]\\d{3})*(?:[.．]\\d+)?)\\s*(万元|元|件|条|个|项|次|篇)?$");
    private static final Set<String> MISSING = Set.of("", "/", "／", "-", "－", "—", "——", "–", "&nbsp;", "\u00a0");
    private static final Set<String> WORDS_IN_NUMBER_CELLS = Set.of("无", "暂无", "没有", "不适用", "空");
    private static final int MAX_MARKER_CHARS = "&nbsp;".length();
    /** The characters a blank marker or a word put for a number begins with: other words are not looked up. */
    private static final boolean[] MARKER_START = new boolean[Character.MAX_VALUE + 1];
    private static final String SIGNS = "-−－+＋";
    private static final String[] UNITS = {"万元", "元", "件", "条", "个", "项", "次", "篇"};

    static {
        for (String marker : MISSING) {
            if (!marker.isEmpty()) {
                MARKER_START[marker.charAt(0)] = true;
            }
        }
        for (String word : WORDS_IN_NUMBER_CELLS) {
            MARKER_START[word.charAt(0)] = true;
        }
    }
    /** No word longer than this (once stripped) is a value. */
    static final int LONGEST_VALUE_WORD = 24;

    private CellValues() {
    }

    /** True when the word can only be a cell value (a number, a blank marker or a word put for a number). */
    static boolean isValueWord(String word) {
        if (isPlainInteger(word)) {
            return true;
        }
        String w = word.strip();
        if (w.isEmpty() || isPlainInteger(w)) {
            return true;
        }
        if (w.length() > LONGEST_VALUE_WORD) {
            return false;
        }
        // no blank marker or word is longer than &nbsp;, and none holds a digit
        char first = w.charAt(0);
        if (w.length() <= MAX_MARKER_CHARS && MARKER_START[first]
                && (MISSING.contains(w) || WORDS_IN_NUMBER_CELLS.contains(w))) {
            return true;
        }
        boolean couldBeNumber = isDigit(first) || SIGNS.indexOf(first) >= 0;
        return couldBeNumber && isNumber(w);
    }

    /**
     * Whether {@link #NUMBER} matches the word with its digits made ASCII, read without the expression: a sign, digits
     * in groups of three after commas, decimals, white space, a unit, nothing else.
     */
    static boolean isNumber(String w) {
        int n = w.length();
        int i = 0;
        if (i < n && SIGNS.indexOf(w.charAt(i)) >= 0) {
            i++;
        }
        int end = digitsFrom(w, i);
        if (end == i) {
            return false;
        }
        i = end;
        while (i < n && (w.charAt(i) == ',' || w.charAt(i) == '，')) {
            end = digitsFrom(w, i + 1);
            if (end - i - 1 != 3) {
                break; // no other part of the expression reads a comma
            }
            i = end;
        }
        if (i < n && (w.charAt(i) == '.' || w.charAt(i) == '．')) {
            end = digitsFrom(w, i + 1);
            if (end > i + 1) {
                i = end;
            }
        }
        while (i < n && Labels.isPatternSpace(w.charAt(i))) {
            i++;
        }
        if (i == n) {
            return true;
        }
        for (String unit : UNITS) {
            if (n - i == unit.length() && w.startsWith(unit, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static int digitsFrom(String w, int i) {
        while (i < w.length() && isDigit(w.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isValueToken(Token token) {
        return token.value();
    }

    static Cell read(Token token, String expectedUnit) {
        String raw = token.text().strip();
        if (isPlainInteger(raw)) {
            return new Cell(BigDecimal.valueOf(Long.parseLong(raw)), raw, null, token.line());
        }
        String text = normalizeDigits(raw);
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return new Cell(null, raw, null, token.line());
        }
        BigDecimal value = new BigDecimal(m.group(1).replace("−", "-").replace("－", "-").replace("＋", "+")
                .replace(",", "").replace("，", "").replace("．", "."));
        String unit = m.group(2);
        if ("元".equals(unit) && "万元".equals(expectedUnit)) {
            value = value.movePointLeft(4).stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        return new Cell(value, raw, unit, token.line());
    }

    private static boolean isPlainInteger(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String normalizeDigits(String s) {
        boolean fullWidth = false;
        for (int i = 0; i < s.length() && !fullWidth; i++) {
            char c = s.charAt(i);
            fullWidth = c >= '０' && c <= '９';
        }
        if (!fullWidth) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
