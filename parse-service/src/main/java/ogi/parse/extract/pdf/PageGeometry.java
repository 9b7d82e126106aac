package ogi.parse.extract.pdf;

import java.util.List;

/** What one page shows: its glyphs and its ruling lines, in display coordinates. Pages are numbered from 1. */
public record PageGeometry(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {
}
