package ogi.parse.report;

/** One cell of text as the layout gives it, with its 1-based line in the extracted text. */
record Token(String text, int line) {

    boolean isEmpty() {
        return text.isBlank();
    }
}
