package ogi.query.review;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.ReviewDecision;
import ogi.contracts.event.ReviewEvent;
import ogi.contracts.messaging.OutgoingEvents;
import ogi.query.api.Review;
import ogi.query.projection.ReportProjector;
import ogi.query.store.FindingRef;
import ogi.query.store.FindingRepository;
import ogi.query.store.ReviewRepository;

/**
 * Records a reviewer's decision on a finding: stored (with who and when, earlier decisions kept), the finding's
 * alert withdrawn from the alert feed when dismissed, and published on {@code ogi.audit.reviews} so that the audit
 * service stops raising it and other agencies' systems see it. Stored before it is published: if the broker is
 * away the answer is 503 and posting the same decision again publishes it.
 */
@ApplicationScoped
public class FindingReviews {
    private static final Logger LOG = Logger.getLogger(FindingReviews.class);
    public static final int MAX_REASON = 2000;

    private final FindingRepository findings;
    private final ReviewRepository reviews;
    private final ReportProjector projector;
    private final MutinyEmitter<String> topic;
    private final MeterRegistry metrics;

    public FindingReviews(FindingRepository findings, ReviewRepository reviews, ReportProjector projector,
            @Channel("reviews") MutinyEmitter<String> topic, MeterRegistry metrics) {
        this.findings = findings;
        this.reviews = reviews;
        this.projector = projector;
        this.topic = topic;
        this.metrics = metrics;
    }

    /** Thrown for a decision that cannot be taken; carries the HTTP status and a reason. */
    public static final class ReviewRefused extends RuntimeException {
        private final int status;

        ReviewRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public Review review(String findingId, String decisionText, String reason, String reviewer) {
        ReviewDecision decision = decision(decisionText);
        String why = reason == null ? null : reason.strip();
        if (decision == ReviewDecision.DISMISSED && (why == null || why.isEmpty())) {
            throw new ReviewRefused(400, "a dismissal needs a reason");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new ReviewRefused(400, "the reason has " + why.length() + " characters, more than " + MAX_REASON);
        }
        FindingRef finding = findings.byId(findingId)
                .orElseThrow(() -> new ReviewRefused(404, "no finding with id " + findingId));
        ReviewEvent event = new ReviewEvent(EventTypes.SCHEMA_VERSION, findingId, finding.documentId(),
                finding.ruleId(), decision, why == null || why.isEmpty() ? null : why, reviewer,
                Instant.now());
        reviews.store(event);
        projector.alertDismissed(findingId, decision == ReviewDecision.DISMISSED);
        try {
            topic.sendMessageAndAwait(OutgoingEvents.message(event.documentId(), findingId + ":review:"
                    + event.reviewedAt().toEpochMilli(), EventTypes.REVIEW, "query-service", event));
        } catch (RuntimeException e) {
            LOG.errorf("finding %s: review stored but not published (%s)", findingId, e.toString());
            throw new ReviewRefused(503, "the decision is stored but could not be published to Kafka ("
                    + e.getClass().getSimpleName() + "); post it again");
        }
        metrics.counter("query.reviews", "decision", decision.name().toLowerCase(Locale.ROOT)).increment();
        LOG.infof("finding %s of document %s: %s by %s", findingId, event.documentId(), decision, reviewer);
        return reviews.find(findingId).orElseThrow();
    }

    private static ReviewDecision decision(String text) {
        if (text != null) {
            for (ReviewDecision d : ReviewDecision.values()) {
                if (d.name().equalsIgnoreCase(text.strip())) {
                    return d;
                }
            }
        }
        throw new ReviewRefused(400, "decision must be confirmed or dismissed, got " + text);
    }
}
