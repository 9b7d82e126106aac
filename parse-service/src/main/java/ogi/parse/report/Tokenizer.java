package ogi.parse.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts extracted text into cells whatever the layout: a line is split on tabs and on {@code |}; a run of numbers
 * at the end of a cell, separated by spaces (PDF text, or a row flattened into one cell), is split off into cells
 * of their own. A layout of one cell per line gives one token per line. Export noise such as
 * {@code [bookmark: _GoBack]} is dropped.
 */
final class Tokenizer {
    private static final Pattern NOISE = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("[\\t|｜]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Tokenizer() {
    }

    static String removeNoise(String line) {
        return NOISE.matcher(line).replaceAll("");
    }

    static List<Token> tokenize(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String[] cells = CELL_SEPARATOR.split(removeNoise(lines.get(i)), -1);
            // A separator that opens or closes a line ("\t0", "| 规章 | 0 |") delimits, it adds no cell.
            int first = cells.length > 1 && cells[0].isBlank() ? 1 : 0;
            int last = cells.length > first + 1 && cells[cells.length - 1].isBlank() ? cells.length - 1 : cells.length;
            for (int c = first; c < last; c++) {
                splitTrailingValues(cells[c].strip(), lineNumber, tokens);
            }
        }
        return tokens;
    }

    private static void splitTrailingValues(String cell, int line, List<Token> out) {
        String[] words = SPACES.split(cell);
        int firstValue = words.length;
        while (firstValue > 0 && CellValues.isValueWord(words[firstValue - 1])) {
            firstValue--;
        }
        if (firstValue == words.length || words.length == 1) {
            out.add(new Token(cell, line));
            return;
        }
        if (firstValue > 0) {
            out.add(new Token(String.join(" ", java.util.Arrays.copyOfRange(words, 0, firstValue)), line));
        }
        for (int w = firstValue; w < words.length; w++) {
            out.add(new Token(words[w], line));
        }
    }
}
