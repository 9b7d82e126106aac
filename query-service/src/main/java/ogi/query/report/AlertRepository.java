package ogi.query.report;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.EventJson;
import ogi.query.config.QueryConfig;

/**
 * The {@code alerts} collection: each alert once ({@code _id} = alert id), numbered in arrival order by a counter
 * shared by every query-service instance. The number is the SSE event id, so a client resumes with
 * {@code Last-Event-ID} on any instance. A redelivered alert keeps its first number.
 */
@ApplicationScoped
public class AlertRepository {
    static final String COLLECTION = "alerts";
    private static final String COUNTERS = "counters";

    private final MongoCollection<Document> alerts;
    private final MongoCollection<Document> counters;

    public AlertRepository(MongoClient client, QueryConfig config) {
        var db = client.getDatabase(config.database());
        this.alerts = db.getCollection(COLLECTION);
        this.counters = db.getCollection(COUNTERS);
    }

    void createIndexes(@Observes StartupEvent event) {
        alerts.createIndex(Indexes.ascending("seq"));
    }

    /**
     * Stores an alert once. An alert of a finding a reviewer dismissed is stored withdrawn: kept, numbered, but not
     * shown in the feed.
     */
    public void store(AlertEvent alert, boolean dismissed) {
        if (alerts.find(eq("_id", alert.alertId())).limit(1).first() != null) {
            return;
        }
        Document counter = counters.findOneAndUpdate(eq("_id", "alerts"), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long seq = ((Number) counter.get("seq")).longValue();
        Document d = Document.parse(EventJson.write(alert))
                .append("_id", alert.alertId())
                .append("seq", seq)
                .append("severityRank", alert.finding().severity().ordinal() + 1)
                .append("storedAt", new Date())
                .append("dismissed", dismissed);
        try {
            alerts.insertOne(d);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another delivery of the same alert won the race: it is stored once
        }
    }

    /** Withdraws the finding's alert from the feed (a reviewer dismissed it), or brings it back. */
    public void setDismissed(String findingId, boolean dismissed) {
        alerts.updateOne(eq("_id", findingId), Updates.set("dismissed", dismissed));
    }

    /** Alerts numbered after {@code afterSeq}, at or above the severity rank, oldest first; none dismissed. */
    public List<Document> after(long afterSeq, int minSeverityRank, int limit) {
        return alerts.find(and(Filters.gt("seq", afterSeq), Filters.gte("severityRank", minSeverityRank),
                Filters.ne("dismissed", true)))
                .sort(Sorts.ascending("seq")).limit(limit).into(new ArrayList<>());
    }

    /** The newest alerts, newest first; none dismissed. */
    public List<Document> latest(int minSeverityRank, int limit) {
        return alerts.find(and(Filters.gte("severityRank", minSeverityRank), Filters.ne("dismissed", true))).sort(Sorts.descending("seq")).limit(limit)
                .into(new ArrayList<>());
    }

    public long lastSeq() {
        Document last = alerts.find().sort(Sorts.descending("seq")).limit(1).first();
        return last == null ? 0 : ((Number) last.get("seq")).longValue();
    }
}
