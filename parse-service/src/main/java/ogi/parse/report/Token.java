package ogi.parse.report;

/**
 * One cell of text as the layout gives it, with its 1-based line in the extracted text, its normalised form (see
 * {@link Labels#normalize}; empty for values and prose) and whether it reads as a cell value; both are computed once, as every table reader
 * looks at every token.
 */
record Token(String text, int line, String normalized, boolean value) {

    /** Longer cells are prose: no label or header is this long, so they are not normalised. */
    static final int MAX_LABEL_CHARS = 120;

    static Token of(String text, int line) {
        boolean value = text.isBlank() || CellValues.isValueWord(text);
        String normalized = value || text.length() > MAX_LABEL_CHARS ? "" : Labels.normalize(text);
        return new Token(text, line, normalized, value);
    }

    boolean isEmpty() {
        return text.isBlank();
    }
}
