package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import ogi.query.config.QueryConfig;

/**
 * The only writer of {@code publication_alerts}: one alert per agency, report year and problem ({@code missing} or
 * {@code late}), keyed {@code <year>|<division code>|<agency>|<status>}. Inserted once: a later check, a restart or
 * a second instance finds the key taken and raises nothing again.
 */
@ApplicationScoped
public class PublicationAlertRepository {
    private final MongoCollection<Document> alerts;

    public PublicationAlertRepository(MongoClient client, QueryConfig config) {
        this.alerts = client.getDatabase(config.database()).getCollection(Collections.PUBLICATION_ALERTS);
    }

    /** True when this call raised the alert, false when it had been raised before. */
    public boolean raise(PublicationAlert alert) {
        try {
            alerts.insertOne(new Document("_id", alert.key()).append("year", alert.year()).append("code", alert.code())
                    .append("agency", alert.agency()).append("status", alert.status())
                    .append("deadline", alert.deadline().toString()).append("raisedAt", new Date()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** When the alert was raised, if it was. */
    public Optional<Instant> raisedAt(PublicationAlert alert) {
        Document d = alerts.find(eq("_id", alert.key())).first();
        return d == null || d.getDate("raisedAt") == null ? Optional.empty()
                : Optional.of(d.getDate("raisedAt").toInstant());
    }
}
