package ogi.audit.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.audit.review.DismissedFindings;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ReviewEvent;
import ogi.support.MongoWrites;

/**
 * Consumes reviewers' decisions: a dismissed finding raises no more alerts in later audits. In order (one record at
 * a time): decisions on the same finding must apply in the order they were taken.
 */
@ApplicationScoped
public class ReviewConsumer {
    private static final Logger LOG = Logger.getLogger(ReviewConsumer.class);

    private final DismissedFindings dismissed;
    private final MongoWrites mongo;

    public ReviewConsumer(DismissedFindings dismissed, MongoWrites mongo) {
        this.dismissed = dismissed;
        this.mongo = mongo;
    }

    @Incoming("reviews")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ReviewEvent review = EventJson.read(record.value(), ReviewEvent.class);
        mongo.store("review of " + review.findingId(), () -> dismissed.apply(review));
        LOG.infof("finding %s of document %s: %s by %s", review.findingId(), review.documentId(), review.decision(),
                review.reviewer());
    }
}
