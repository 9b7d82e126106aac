package ogi.parse.report;

import java.util.Arrays;
import java.util.List;

/**
 * The lines of a report's text, split once, each as written and without export noise such as
 * {@code [bookmark: _GoBack]}: every reader reads these instead of splitting and cleaning the text again.
 */
final class ReportLines {
    /** Export noise starts so and ends at the next ]: {@code [bookmark: _GoBack]}. */
    private static final String NOISE_START = "[bookmark:";

    private final String[] raw;
    private final String[] clean;

    private ReportLines(String[] raw, boolean mayHaveNoise) {
        this.raw = raw;
        if (!mayHaveNoise) {
            this.clean = raw;
            return;
        }
        this.clean = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            clean[i] = removeNoise(raw[i]);
        }
    }

    /** The text's lines, split on \\n, \\r\\n or \\r. */
    static ReportLines split(String text) {
        boolean mayHaveNoise = text.contains(NOISE_START);
        if (text.indexOf('\r') < 0) {
            return new ReportLines(splitOnNewLines(text), mayHaveNoise);
        }
        String[] lines = new String[16];
        int count = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, count * 2);
                }
                lines[count++] = text.substring(start, i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, count + 1);
        }
        lines[count++] = text.substring(start);
        return new ReportLines(count == lines.length ? lines : Arrays.copyOf(lines, count), mayHaveNoise);
    }

    /** The lines of a text without \\r, each line's end found by a search for \\n. */
    private static String[] splitOnNewLines(String text) {
        String[] lines = new String[16];
        int count = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            if (end < 0) {
                lines[count++] = text.substring(start);
                return Arrays.copyOf(lines, count);
            }
            lines[count++] = text.substring(start, end);
            start = end + 1;
        }
    }

    static ReportLines of(List<String> lines) {
        return new ReportLines(lines.toArray(String[]::new), true);
    }

    int size() {
        return raw.length;
    }

    /** Line {@code i} (0-based) as written. */
    String raw(int i) {
        return raw[i];
    }

    /** Line {@code i} (0-based) without export noise. */
    String clean(int i) {
        return clean[i];
    }

    /** The lines as written. */
    List<String> rawLines() {
        return Arrays.asList(raw);
    }

    /** The line without export noise, found without a regular expression. */
    static String removeNoise(String line) {
        int at = line.indexOf(NOISE_START);
        StringBuilder kept = null;
        int copied = 0;
        while (at >= 0) {
            int close = line.indexOf(']', at + NOISE_START.length());
            if (close < 0) {
                break;
            }
            if (kept == null) {
                kept = new StringBuilder(line.length());
            }
            kept.append(line, copied, at);
            copied = close + 1;
            at = line.indexOf(NOISE_START, copied);
        }
        return kept == null ? line : kept.append(line, copied, line.length()).toString();
    }
}
