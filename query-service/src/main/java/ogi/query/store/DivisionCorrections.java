package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;

import ogi.query.config.QueryConfig;

/** The {@code agency_divisions} collection, its one writer: divisions people corrected, by agency name. */
@ApplicationScoped
public class DivisionCorrections {
    private final MongoCollection<Document> corrections;

    public DivisionCorrections(MongoClient client, QueryConfig config) {
        this.corrections = client.getDatabase(config.database()).getCollection(Collections.AGENCY_DIVISIONS);
    }

    /** The division code a person gave the agency, if any. */
    public Optional<String> codeOf(String agency) {
        return Optional.ofNullable(corrections.find(eq("_id", agency)).first()).map(d -> d.getString("code"));
    }

    public void correct(String agency, String code, String by) {
        corrections.replaceOne(eq("_id", agency), new Document("_id", agency).append("code", code)
                .append("by", by).append("at", new Date()), new ReplaceOptions().upsert(true));
    }
}
