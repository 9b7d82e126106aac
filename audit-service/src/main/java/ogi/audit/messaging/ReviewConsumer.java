package ogi.audit.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.audit.review.DismissedFindings;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ReviewEvent;
import ogi.support.MongoWrites;
import ogi.support.messaging.DeadLetters;
import ogi.support.messaging.ServiceStopping;

/**
 * Consumes reviewers' decisions: a dismissed finding raises no more alerts in later audits. In order (one record at
 * a time): decisions on the same finding must apply in the order they were taken. A record that is not a decision,
 * or that MongoDB refuses, goes to the dead-letter topic; one that fails while the service stops is read again
 * after the restart ({@link ServiceStopping}).
 */
@ApplicationScoped
public class ReviewConsumer {
    private static final Logger LOG = Logger.getLogger(ReviewConsumer.class);

    private final DismissedFindings dismissed;
    private final MongoWrites mongo;
    private final DeadLetters deadLetters;
    private final ServiceStopping stopping;

    public ReviewConsumer(DismissedFindings dismissed, MongoWrites mongo,
            @Channel("rejected") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> rejected, ServiceStopping stopping) {
        this.dismissed = dismissed;
        this.mongo = mongo;
        this.deadLetters = new DeadLetters(rejected);
        this.stopping = stopping;
    }

    @Incoming("reviews")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ReviewEvent review;
        try {
            review = EventJson.read(record.value(), ReviewEvent.class);
        } catch (RuntimeException e) {
            reject(record, "not a review event", e);
            return;
        }
        try {
            mongo.store("review of " + review.findingId(), () -> dismissed.apply(review));
        } catch (RuntimeException e) {
            stopping.throwIfStopping(List.of(record), e);
            reject(record, "review of finding " + review.findingId() + " not stored", e);
            return;
        }
        LOG.infof("finding %s of document %s: %s by %s", review.findingId(), review.documentId(), review.decision(),
                review.reviewer());
    }

    private void reject(ConsumerRecord<String, String> record, String why, RuntimeException e) {
        LOG.warnf("record %s-%d@%d key %s: %s, to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), record.key(), why, e.getMessage());
        deadLetters.send(List.of(new DeadLetters.Rejected(record, e)));
    }
}
