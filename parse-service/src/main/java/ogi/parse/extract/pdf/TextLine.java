package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs outside ruled tables that share a baseline, cut into chunks where the gap between two glyphs is wider
 * than a font size (a column gap, not a space).
 */
record TextLine(float y, float size, List<Chunk> chunks) {
    private static final float SAME_BASELINE = 0.4f;
    private static final float COLUMN_GAP = 1.0f;

    /** A run of glyphs without a column gap. */
    record Chunk(float x, float right, String text) {
    }

    /** The lines of the glyphs, top to bottom. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float lineY = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.y() - lineY > SAME_BASELINE * g.size()) {
                lines.add(line(line));
                line.clear();
            }
            if (line.isEmpty()) {
                lineY = g.y();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        float size = 0;
        float y = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            size = Math.max(size, g.size());
            y = Math.max(y, g.y());
            if (i > start && g.x() - glyphs.get(i - 1).right() > COLUMN_GAP * g.size()) {
                chunks.add(chunk(glyphs.subList(start, i)));
                start = i;
            }
        }
        chunks.add(chunk(glyphs.subList(start, glyphs.size())));
        return new TextLine(y, size, chunks);
    }

    private static Chunk chunk(List<Glyph> glyphs) {
        return new Chunk(glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), CellText.line(glyphs));
    }

    /** The top of the line's glyphs: where it starts on the page, for ordering it among table rows. */
    float top() {
        return y - size * 0.8f;
    }

    List<String> texts() {
        return chunks.stream().map(Chunk::text).toList();
    }

    String text() {
        return String.join(" ", texts());
    }
}
