package ogi.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether this service has begun to stop. Quarkus announces the stop before the messaging connectors close their
 * emitters and clients, and handling a record then fails for that reason, not for the record's content: such a
 * record must not go to the dead-letter topic. The consumers throw the failure on instead; with the channel's
 * {@code failure-strategy=fail} nothing is committed past the record, and it is read again after the restart.
 */
@ApplicationScoped
public class ServiceStopping {
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    /** Throws {@code failure} when the service is stopping; otherwise returns, and the caller may reject the record. */
    public void throwIfStopping(RuntimeException failure) {
        if (stopping) {
            throw failure;
        }
    }
}
