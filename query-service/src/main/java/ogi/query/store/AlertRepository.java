package ogi.query.store;

import static com.mongodb.client.model.Filters.and;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;
import ogi.query.api.Alert;
import ogi.query.config.QueryConfig;

/**
 * Reads of the {@code alerts} collection: each alert once ({@code _id} = alert id), numbered in arrival order by a
 * counter shared by every query-service instance. The number is the SSE event id, so a client resumes with
 * {@code Last-Event-ID} on any instance. Written only by {@link ReadModelWriter}.
 */
@ApplicationScoped
public class AlertRepository {
    private final MongoCollection<Document> alerts;

    public AlertRepository(MongoClient client, QueryConfig config) {
        this.alerts = client.getDatabase(config.database()).getCollection(Collections.ALERTS);
    }

    void createIndexes(@Observes StartupEvent event) {
        alerts.createIndex(Indexes.ascending("seq"));
    }

    /** Alerts numbered after {@code afterSeq}, at or above the severity rank, oldest first; none dismissed. */
    public List<Alert> after(long afterSeq, int minSeverityRank, int limit) {
        return alerts.find(and(Filters.gt("seq", afterSeq), Filters.gte("severityRank", minSeverityRank),
                Filters.ne("dismissed", true)))
                .sort(Sorts.ascending("seq")).limit(limit).map(StoredShapes::alert).into(new ArrayList<>());
    }

    /** The newest alerts, newest first; none dismissed. */
    public List<Alert> latest(int minSeverityRank, int limit) {
        return alerts.find(and(Filters.gte("severityRank", minSeverityRank), Filters.ne("dismissed", true)))
                .sort(Sorts.descending("seq")).limit(limit).map(StoredShapes::alert).into(new ArrayList<>());
    }

    public long lastSeq() {
        Document last = alerts.find().sort(Sorts.descending("seq")).limit(1).first();
        return last == null ? 0 : ((Number) last.get("seq")).longValue();
    }
}
