package ogi.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an upload's bytes are. They are read only while the document is checked or published (under an
 * {@link IngestBudget} hold), so a request of many files, or an archive, never has all its files in memory at once.
 */
public interface DocumentBytes {

    /** The size as known before reading (declared by an archive, or the file's): what a hold reserves. */
    long size();

    /** The bytes, at most {@code limit + 1} of them (one more than the limit tells that it was crossed). */
    byte[] read(long limit);

    /** The file holding the bytes, when they are in one. */
    default Optional<Path> file() {
        return Optional.empty();
    }

    static DocumentBytes of(byte[] bytes) {
        return new DocumentBytes() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public byte[] read(long limit) {
                return bytes;
            }
        };
    }

    static DocumentBytes of(Path file) {
        return new DocumentBytes() {
            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(file);
            }

            @Override
            public byte[] read(long limit) {
                try (InputStream in = Files.newInputStream(file)) {
                    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                } catch (IOException e) {
                    throw new IngestException(400, "unreadable-body", "the uploaded file could not be read", null);
                }
            }
        };
    }
}
