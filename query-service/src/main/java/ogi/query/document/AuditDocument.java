package ogi.query.document;

import java.util.List;

/**
 * An audit written out for people, independent of the file format: a title, a running head for every page, and
 * blocks (headings, paragraphs, tables) in reading order. {@link PdfWriter} and {@link DocxWriter} lay the same
 * document out, so the PDF and the Word file always say the same.
 */
public record AuditDocument(String title, String subtitle, String runningHead, List<Block> blocks) {

    /** A part of the document. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A heading: level 1 for the document's parts, 2 and 3 below. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; {@code tone} says how it is set. */
    public record Paragraph(String text, Tone tone) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, Tone.NORMAL);
        }
    }

    /** NORMAL text, SECONDARY (the English beside the Chinese, smaller and grey), STRONG (a finding's first line). */
    public enum Tone {
        NORMAL, SECONDARY, STRONG
    }

    /**
     * A table: a caption, the share of the width of each column (summing to 1), a header row and the rows. A cell
     * {@code flagged} is one a finding points at (shaded and marked).
     */
    public record Table(String caption, List<Float> widths, List<String> header, List<List<Cell>> rows)
            implements Block {
    }

    /** A table cell's text; {@code flagged} when a finding points at it, {@code label} for a row's label. */
    public record Cell(String text, boolean flagged, boolean label) {
        public static Cell label(String text) {
            return new Cell(text, false, true);
        }

        public static Cell of(String text) {
            return new Cell(text, false, false);
        }
    }
}
