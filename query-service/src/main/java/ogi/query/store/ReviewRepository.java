package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.ReviewDecision;
import ogi.contracts.event.ReviewEvent;
import ogi.query.api.Review;
import ogi.query.config.QueryConfig;

/**
 * The {@code reviews} collection, its one writer: the current decision on each reviewed finding ({@code _id} =
 * finding id, which a re-audit keeps, so the decision outlives re-audits) and every earlier decision in
 * {@code history}.
 */
@ApplicationScoped
public class ReviewRepository {
    private final MongoCollection<Document> reviews;

    public ReviewRepository(MongoClient client, QueryConfig config) {
        this.reviews = client.getDatabase(config.database()).getCollection(Collections.REVIEWS);
    }

    void createIndexes(@Observes StartupEvent event) {
        reviews.createIndex(Indexes.ascending("documentId"));
    }

    public void store(ReviewEvent review) {
        Document decision = new Document("decision", review.decision().name())
                .append("reason", review.reason())
                .append("reviewer", review.reviewer())
                .append("reviewedAt", Date.from(review.reviewedAt()));
        reviews.updateOne(eq("_id", review.findingId()), Updates.combine(
                Updates.set("documentId", review.documentId()),
                Updates.set("ruleId", review.ruleId()),
                Updates.set("decision", decision.get("decision")),
                Updates.set("reason", review.reason()),
                Updates.set("reviewer", review.reviewer()),
                Updates.set("reviewedAt", decision.get("reviewedAt")),
                Updates.addToSet("history", decision)), new UpdateOptions().upsert(true));
    }

    public Optional<Review> find(String findingId) {
        return Optional.ofNullable(StoredShapes.review(reviews.find(eq("_id", findingId)).first()));
    }

    public boolean dismissed(String findingId) {
        Document d = reviews.find(eq("_id", findingId)).projection(new Document("decision", 1)).first();
        return d != null && ReviewDecision.DISMISSED.name().equals(d.getString("decision"));
    }

    /** Which of the given findings a reviewer dismissed (one query for a poll's alerts). */
    public java.util.Set<String> dismissedAmong(Collection<String> findingIds) {
        java.util.Set<String> dismissed = new java.util.HashSet<>();
        if (!findingIds.isEmpty()) {
            reviews.find(in("_id", findingIds)).projection(new Document("decision", 1)).forEach(d -> {
                if (ReviewDecision.DISMISSED.name().equals(d.getString("decision"))) {
                    dismissed.add(d.getString("_id"));
                }
            });
        }
        return dismissed;
    }

    /** The reviews of the given findings, by finding id. */
    public Map<String, Review> of(Collection<String> findingIds) {
        Map<String, Review> byId = new HashMap<>();
        if (!findingIds.isEmpty()) {
            reviews.find(in("_id", findingIds)).forEach(d -> byId.put(d.getString("_id"), StoredShapes.review(d)));
        }
        return byId;
    }
}
