package ogi.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file holding what a request brought (its body, or a document fetched by URL) for as long as the
 * request lasts: the bytes stay on disk, not in memory, until a document is checked and published.
 */
public final class SpooledFile implements AutoCloseable {
    private final Path path;

    private SpooledFile(Path path) {
        this.path = path;
    }

    public static SpooledFile create() {
        try {
            return new SpooledFile(Files.createTempFile("ogi-upload-", ".bin"));
        } catch (IOException e) {
            throw new IngestException(503, "no-space", "the service cannot store the upload for now", null);
        }
    }

    public Path path() {
        return path;
    }

    /** The stream into the file, refused with 413 once more than {@code limit} bytes came. */
    public void copy(InputStream body, long limit, String fileName) {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body == null ? InputStream.nullInputStream() : body;
                OutputStream out = Files.newOutputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                written += n;
                if (written > limit) {
                    throw tooLarge(limit, fileName);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new IngestException(400, "unreadable-body", "the request body could not be read",
                    FileNames.clean(fileName));
        }
    }

    public static IngestException tooLarge(long limit, String fileName) {
        return new IngestException(413, "document-too-large", "the document is larger than the " + limit
                + " bytes accepted", FileNames.clean(fileName));
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
