package ogi.ingest.document;

import java.nio.file.Path;

/** One uploaded file as received: where its bytes are, its declared content type and file name, and its URL if any. */
public record Upload(DocumentBytes content, String contentType, String fileName, String sourceUrl) {

    public Upload {
        fileName = FileNames.clean(fileName);
    }

    public static Upload of(byte[] bytes, String contentType, String fileName) {
        return new Upload(DocumentBytes.of(bytes), contentType, fileName, null);
    }

    public static Upload of(Path file, String contentType, String fileName) {
        return new Upload(DocumentBytes.of(file), contentType, fileName, null);
    }
}
