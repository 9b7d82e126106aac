package ogi.ingest.document;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.ingest.config.IngestConfig;

/**
 * How many document bytes the service works on at once, over all requests. Publishing a document holds about five
 * times its size for a moment (bytes, base64, JSON, the record), so without a bound a few large uploads at once
 * would run the service out of memory and lose every request in flight. A document waits for room up to
 * {@code ingest.busy-timeout}; then the request is answered 503 with Retry-After, at once, rather than left hanging.
 */
@ApplicationScoped
public class IngestBudget {
    private static final int KIB = 1024;

    private final Semaphore kibibytes;
    private final int capacity;
    private final IngestConfig config;

    public IngestBudget(IngestConfig config) {
        this.config = config;
        this.capacity = (int) Math.max(1, config.maxBytesInFlight() / KIB);
        this.kibibytes = new Semaphore(capacity, true);
    }

    /** Room for a document of this size (a document larger than the whole budget takes all of it). */
    public Hold hold(long bytes, String fileName) {
        int wanted = (int) Math.min(capacity, Math.max(1, (bytes + KIB - 1) / KIB));
        try {
            if (!kibibytes.tryAcquire(wanted, config.busyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(fileName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(fileName);
        }
        return () -> kibibytes.release(wanted);
    }

    /** Bytes free now, for the metrics. */
    public long freeBytes() {
        return (long) kibibytes.availablePermits() * KIB;
    }

    private static IngestException busy(String fileName) {
        return new IngestException(503, "busy", "the service is working on as many documents as it can hold; "
                + "nothing of this document was published, post it again shortly", fileName);
    }

    /** Room held until closed. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }
}
