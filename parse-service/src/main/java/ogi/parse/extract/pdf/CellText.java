package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a group of glyphs (a table cell, a chunk of a line) in reading order: lines top to bottom, glyphs
 * left to right. Lines are joined without a space, so a label wrapped over lines, or written one character per
 * line, is one string; only two runs of Latin letters get a space between them. Within a line a gap wider than a
 * quarter of the font size is a space.
 */
final class CellText {
    private static final float SPACE = 0.25f;
    private static final float SAME_LINE = 0.5f;

    private CellText() {
    }

    static String of(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        StringBuilder out = new StringBuilder();
        List<Glyph> line = new ArrayList<>();
        float lineY = sorted.get(0).y();
        for (Glyph g : sorted) {
            if (g.y() - lineY > SAME_LINE * g.size() && !line.isEmpty()) {
                appendLine(line, out);
                line.clear();
                lineY = g.y();
            }
            line.add(g);
        }
        appendLine(line, out);
        return out.toString();
    }

    /** One line of glyphs, left to right, with spaces where the gaps are. */
    static String line(List<Glyph> line) {
        StringBuilder out = new StringBuilder();
        appendSorted(line, out);
        return out.toString();
    }

    private static void appendLine(List<Glyph> line, StringBuilder out) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        if (out.length() > 0 && needsSpace(out.charAt(out.length() - 1), line.get(0).text().charAt(0))) {
            out.append(' ');
        }
        appendSorted(line, out);
    }

    private static void appendSorted(List<Glyph> line, StringBuilder out) {
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > SPACE * Math.max(g.size(), previous.size())) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
        }
    }

    private static boolean needsSpace(char before, char after) {
        return isLatinLetter(before) && isLatinLetter(after);
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
