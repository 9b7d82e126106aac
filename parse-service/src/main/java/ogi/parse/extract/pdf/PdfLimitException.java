package ogi.parse.extract.pdf;

import ogi.parse.extract.limits.UnreadableDocumentException;

/** A PDF that crosses one of {@link PdfLimits}; its message names the limit. */
public class PdfLimitException extends UnreadableDocumentException {
    public PdfLimitException(String message) {
        super(message + " (limit)");
    }
}
