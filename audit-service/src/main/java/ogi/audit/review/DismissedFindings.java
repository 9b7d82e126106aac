package ogi.audit.review;

import static com.mongodb.client.model.Filters.eq;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import ogi.audit.config.AuditConfig;
import ogi.contracts.event.ReviewDecision;
import ogi.contracts.event.ReviewEvent;

/**
 * The findings reviewers dismissed (collection {@code audit_dismissals}, {@code _id} = finding id), built from
 * {@code ogi.audit.reviews}: the audit raises no alert for them. A later confirmation takes the dismissal back.
 */
@ApplicationScoped
public class DismissedFindings {
    static final String COLLECTION = "audit_dismissals";

    private final MongoCollection<Document> dismissals;

    public DismissedFindings(MongoClient client, AuditConfig config) {
        this.dismissals = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    public void apply(ReviewEvent review) {
        if (review.decision() == ReviewDecision.DISMISSED) {
            dismissals.replaceOne(eq("_id", review.findingId()), new Document("_id", review.findingId())
                    .append("documentId", review.documentId())
                    .append("reason", review.reason())
                    .append("reviewer", review.reviewer())
                    .append("reviewedAt", Date.from(review.reviewedAt())), new ReplaceOptions().upsert(true));
        } else {
            dismissals.deleteOne(eq("_id", review.findingId()));
        }
    }

    /** Which of these findings were dismissed: one query for all the findings of a report. */
    public Set<String> dismissedAmong(Collection<String> findingIds) {
        Set<String> found = new HashSet<>();
        if (!findingIds.isEmpty()) {
            dismissals.find(Filters.in("_id", findingIds)).projection(new Document("_id", 1))
                    .forEach(d -> found.add(d.getString("_id")));
        }
        return found;
    }
}
