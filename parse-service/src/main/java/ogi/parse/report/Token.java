package ogi.parse.report;

/**
 * One cell of text as the layout gives it, with its 1-based line in the extracted text, its normalised form (see
 * {@link Labels#normalize}; empty for values and prose), whether it reads as a cell value and whether it is blank;
 * all computed once, as every table reader looks at every token.
 */
record Token(String text, int line, String normalized, boolean value, boolean blank) {

    /** Longer cells are prose: no label or header is this long, so they are not normalised. */
    static final int MAX_LABEL_CHARS = 120;

    static Token of(String text, int line) {
        boolean blank = text.isBlank();
        boolean value = blank || CellValues.isValueWord(text);
        String normalized = value || text.length() > MAX_LABEL_CHARS ? "" : Labels.normalize(text);
        return new Token(text, line, normalized, value, blank);
    }

    boolean isEmpty() {
        return blank;
    }
}
