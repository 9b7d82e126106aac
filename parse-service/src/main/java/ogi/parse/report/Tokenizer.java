package ogi.parse.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts extracted text into cells whatever the layout: a line is split on tabs and on {@code |}; a run of numbers
 * at the end of a cell, separated by spaces (PDF text, or a row flattened into one cell), is split off into cells
 * of their own. A layout of one cell per line gives one token per line. Export noise such as
 * {@code [bookmark: _GoBack]} is dropped.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(ReportLines lines) {
        List<Token> tokens = new ArrayList<>(Math.max(256, lines.size() * 2));
        int[] bounds = new int[128];
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            if (isPageNumber(lines.raw(i))) {
                continue;
            }
            String line = lines.clean(i);
            if (!hasSeparator(line)) {
                splitTrailingValues(cell(line, 0, line.length()), lineNumber, tokens);
                continue;
            }
            if (bounds.length < line.length() + 2) {
                bounds = new int[line.length() + 2];
            }
            // cell c is line[bounds[c] + 1, bounds[c + 1]); a separator that opens or closes a line ("\t0",
            // "| 规章 | 0 |") delimits, it adds no cell.
            int cells = cellBounds(line, bounds) - 1;
            int first = isBlank(line, bounds[0] + 1, bounds[1]) ? 1 : 0;
            int last = cells > first + 1 && isBlank(line, bounds[cells - 1] + 1, bounds[cells]) ? cells - 1 : cells;
            for (int c = first; c < last; c++) {
                splitTrailingValues(cell(line, bounds[c] + 1, bounds[c + 1]), lineNumber, tokens);
            }
        }
        return tokens;
    }

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /**
     * {@code line.substring(from, to).strip()} in one copy, none for an empty cell or a single digit (most cells of
     * a table: the substring of a line of Chinese text would be a new string each time).
     */
    private static String cell(String line, int from, int to) {
        to = TextBounds.end(line, from, to);
        from = TextBounds.start(line, from, to);
        if (to == from) {
            return "";
        }
        char c = line.charAt(from);
        if (to == from + 1 && c >= '0' && c <= '9') {
            return DIGITS[c - '0'];
        }
        return from == 0 && to == line.length() ? line : line.substring(from, to);
    }

    private static boolean isSeparator(char c) {
        return c == '\t' || c == '|' || c == '｜';
    }

    private static boolean hasSeparator(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    }

    /**
     * Where the cells of a line split on tab, | and ｜ begin and end, written into {@code bounds} (room for the
     * line's length and two): -1, each separator's index, the line's length. Answers how many it wrote.
     */
    private static int cellBounds(String line, int[] bounds) {
        bounds[0] = -1;
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (isSeparator(line.charAt(i))) {
                bounds[n++] = i;
            }
        }
        bounds[n++] = line.length();
        return n;
    }

    private static boolean isBlank(String text, int from, int to) {
        return TextBounds.start(text, from, to) == to;
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*[-—–－]\\s*\\d{1,3}\\s*[-—–－]\\s*");

    /**
     * A page number line of PDF text ({@code - 3 -}, {@code —3—}): not cells. Left in, its number would be read as a
     * value of the row before it when a table breaks across pages.
     */
    static boolean isPageNumber(String line) {
        if (line.length() > 12) {
            return false;
        }
        int first = 0;
        while (first < line.length() && TextBounds.isWhitespace(line.charAt(first))) {
            first++;
        }
        if (first == line.length() || !isDash(line.charAt(first))) {
            return false;
        }
        return PAGE_NUMBER.matcher(line).matches();
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '－';
    }

    private static boolean isSpace(char c) {
        // white space, and U+00A0 (which Character.isWhitespace is not) between words
        return c == '\u00a0' || TextBounds.isWhitespace(c);
    }

    /**
     * Whether the cell has more than one word and its last word reads as a value: the only case in which
     * {@link #splitTrailingValues} splits it, told from the end of the cell without splitting a line of prose.
     */
    private static boolean endsWithValueAfterWords(String cell) {
        int end = cell.length();
        while (end > 0 && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSpace(cell.charAt(start - 1))) {
            start--;
            if (end - start > CellValues.LONGEST_VALUE_WORD) {
                return false; // the last word of a line of prose
            }
        }
        int before = start;
        while (before > 0 && isSpace(cell.charAt(before - 1))) {
            before--;
        }
        return end > 0 && before > 0 && CellValues.isValueWord(cell.substring(start, end));
    }

    private static String[] words(String cell) {
        boolean anySpace = false;
        for (int i = 0; i < cell.length() && !anySpace; i++) {
            anySpace = isSpace(cell.charAt(i));
        }
        if (!anySpace) {
            return new String[] {cell};
        }
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean space = i == cell.length() || isSpace(cell.charAt(i));
            if (space && start >= 0) {
                words.add(cell.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.isEmpty() ? new String[] {""} : words.toArray(String[]::new);
    }

    private static void splitTrailingValues(String cell, int line, List<Token> out) {
        if (!endsWithValueAfterWords(cell)) {
            out.add(Token.of(cell, line));
            return;
        }
        String[] words = words(cell);
        if (words.length == 1) {
            out.add(Token.of(cell, line));
            return;
        }
        int firstValue = words.length;
        while (firstValue > 0 && CellValues.isValueWord(words[firstValue - 1])) {
            firstValue--;
        }
        if (firstValue == words.length) {
            out.add(Token.of(cell, line));
            return;
        }
        if (firstValue > 0) {
            out.add(Token.of(String.join(" ", Arrays.copyOfRange(words, 0, firstValue)), line));
        }
        for (int w = firstValue; w < words.length; w++) {
            out.add(Token.of(words[w], line));
        }
    }
}
