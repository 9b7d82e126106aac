package ogi.contracts.report;

/** One of the six sections (一 to 六): whether its heading was found, where, and its text up to the next one. */
public record Section(int number, String heading, boolean found, Integer line, String text) {
}
