package ogi.audit.copying;

/** One section of a report as the copy index keeps it: its number, heading and own shingles ({@link Shingles}). */
public record SectionPrint(int number, String heading, int[] shingles) {
}
