package ogi.parse.extract.limits;

/** A document that cannot be read as an annual report; it goes to the dead-letter topic with this message. */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
