package ogi.support;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * MongoDB calls from a consumer (writes, and the reads a write depends on), waiting out an outage. While MongoDB is unreachable the write is retried with
 * growing pauses and the record stays unacknowledged, so its offset is not committed and nothing behind it on the
 * partition is stored out of order; when MongoDB returns, consumption catches up. A write MongoDB refuses for its
 * content (not a connectivity failure) is not retried: it fails the record, which goes to the dead-letter topic.
 */
@ApplicationScoped
public class MongoWrites {
    private static final Logger LOG = Logger.getLogger(MongoWrites.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    public void store(String what, Runnable write) {
        fetch(what, () -> {
            write.run();
            return null;
        });
    }

    /** A call whose answer the caller needs (a read a write depends on), waiting out an outage like {@link #store}. */
    public <T> T fetch(String what, Supplier<T> call) {
        Duration pause = FIRST_PAUSE;
        int attempt = 1;
        while (true) {
            try {
                T answer = call.get();
                if (attempt > 1) {
                    LOG.infof("%s: done after %d attempts, MongoDB is back", what, attempt);
                }
                return answer;
            } catch (MongoException e) {
                if (!isOutage(e)) {
                    throw e;
                }
                LOG.warnf("%s: MongoDB unavailable (%s), attempt %d; retrying in %d ms", what,
                        e.getClass().getSimpleName(), attempt, pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                attempt++;
            }
        }
    }

    static boolean isOutage(MongoException e) {
        return e instanceof MongoSocketException || e instanceof MongoTimeoutException
                || e.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                || e.hasErrorLabel("RetryableWriteError");
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for MongoDB", e);
        }
    }
}
