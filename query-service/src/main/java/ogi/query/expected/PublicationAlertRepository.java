package ogi.query.expected;

import static com.mongodb.client.model.Filters.eq;

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
    static final String COLLECTION = "publication_alerts";

    private final MongoCollection<Document> alerts;

    public PublicationAlertRepository(MongoClient client, QueryConfig config) {
        this.alerts = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    static String key(int year, String code, String agency, String status) {
        return year + "|" + code + "|" + agency + "|" + status;
    }

    /** True when this call raised the alert, false when it had been raised before. */
    public boolean raise(int year, String code, String agency, String status, java.time.LocalDate deadline) {
        String key = key(year, code, agency, status);
        try {
            alerts.insertOne(new Document("_id", key).append("year", year).append("code", code)
                    .append("agency", agency).append("status", status).append("deadline", deadline.toString())
                    .append("raisedAt", new Date()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** When the alert was raised, if it was. */
    public Optional<java.time.Instant> raisedAt(int year, String code, String agency, String status) {
        Document d = alerts.find(eq("_id", key(year, code, agency, status))).first();
        return d == null || d.getDate("raisedAt") == null ? Optional.empty()
                : Optional.of(d.getDate("raisedAt").toInstant());
    }
}
