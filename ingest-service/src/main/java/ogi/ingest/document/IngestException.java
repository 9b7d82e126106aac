package ogi.ingest.document;

/** A request the ingest service refuses: an HTTP status, a stable error code and a message that says why. */
public class IngestException extends RuntimeException {
    private final int status;
    private final String code;
    private final String fileName;

    public IngestException(int status, String code, String message, String fileName) {
        super(message);
        this.status = status;
        this.code = code;
        this.fileName = fileName;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }
}
