package ogi.support.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether this service has begun to stop. Quarkus announces the stop before the messaging connectors close their
 * emitters and clients, and handling a record then fails for that reason, not for the record's content: such a
 * record must not go to the dead-letter topic. The consumers throw the failure on instead; with the channel's
 * {@code failure-strategy=fail} nothing is committed past the record, and it is read again after the restart.
 */
@ApplicationScoped
public class ServiceStopping {
    private static final Logger LOG = Logger.getLogger(ServiceStopping.class);

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    /**
     * Throws {@code failure} when the service is stopping, saying which records it leaves for after the restart;
     * otherwise returns, and the caller may reject them.
     */
    public void throwIfStopping(List<? extends ConsumerRecord<String, ?>> records, RuntimeException failure) {
        if (stopping) {
            ConsumerRecord<String, ?> first = records.get(0);
            LOG.infof("%d record(s) from %s-%d@%d: not finished as the service stops (%s); read again after the "
                    + "restart", records.size(), first.topic(), first.partition(), first.offset(),
                    failure.getMessage());
            throw failure;
        }
    }
}
