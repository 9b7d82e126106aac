package ogi.parse.extract;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.event.DocumentFormat;
import ogi.parse.extract.limits.UnreadableDocumentException;

/** Extracts the text of a document in the layout the report parser reads, whatever its format. */
@ApplicationScoped
public class DocumentTextExtractor {

    public String extract(DocumentFormat format, byte[] content, String contentType) {
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException("document has no content");
        }
        try {
            return switch (format) {
                case TEXT -> TextDecoder.decode(content, contentType);
                case HTML -> HtmlTextExtractor.extract(content, contentType);
                case DOCX -> DocxTextExtractor.extract(content);
                case PDF -> PdfTextExtractor.extract(content);
            };
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            // POI and PDFBox fail on hostile files in many ways; none of them may take the consumer down.
            throw new UnreadableDocumentException(format + " cannot be read: " + e, e);
        }
    }
}
