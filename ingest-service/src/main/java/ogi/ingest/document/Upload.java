package ogi.ingest.document;

/** One uploaded file as received: its bytes, declared content type, file name and the URL it came from if any. */
public record Upload(byte[] content, String contentType, String fileName, String sourceUrl) {
}
