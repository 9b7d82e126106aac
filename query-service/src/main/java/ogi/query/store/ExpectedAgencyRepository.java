package ogi.query.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import ogi.query.api.ExpectedAgency;
import ogi.query.config.QueryConfig;

/**
 * The only writer of {@code expected_agencies}: a region's expected-agency list, one entry per agency keyed
 * {@code <division code>|<agency>}, read by key prefix. A new list replaces the region's old one.
 */
@ApplicationScoped
public class ExpectedAgencyRepository {
    private final MongoCollection<Document> entries;

    public ExpectedAgencyRepository(MongoClient client, QueryConfig config) {
        this.entries = client.getDatabase(config.database()).getCollection(Collections.EXPECTED_AGENCIES);
    }

    /** Stores the list, then removes the region's agencies it no longer names (a retried upload ends the same). */
    public void replace(String code, List<ExpectedAgency> agencies, String by) {
        Date now = new Date();
        Set<String> keys = new HashSet<>();
        for (ExpectedAgency a : agencies) {
            String key = code + "|" + a.agency();
            keys.add(key);
            entries.replaceOne(eq("_id", key), new Document("_id", key).append("code", code)
                    .append("agency", a.agency()).append("kind", a.kind().name()).append("listedAt", now)
                    .append("listedBy", by), new ReplaceOptions().upsert(true));
        }
        for (Document old : entries.find(prefix(code)).projection(new Document("_id", 1))) {
            if (!keys.contains(old.getString("_id"))) {
                entries.deleteOne(eq("_id", old.getString("_id")));
            }
        }
    }

    /** The region's list in name order; empty when none was uploaded. */
    public List<ExpectedAgency> of(String code) {
        List<ExpectedAgency> list = new ArrayList<>();
        for (Document d : entries.find(prefix(code))) {
            list.add(new ExpectedAgency(d.getString("agency"), ExpectedAgency.Kind.valueOf(d.getString("kind"))));
        }
        list.sort(Comparator.comparing(ExpectedAgency::agency));
        return list;
    }

    /** The codes of every region with a list. */
    public Set<String> regions() {
        Set<String> codes = new TreeSet<>();
        entries.find().projection(new Document("code", 1)).forEach(d -> codes.add(d.getString("code")));
        return codes;
    }

    private static Bson prefix(String code) {
        // a division code is digits only: nothing to escape
        return Filters.regex("_id", "^" + code + "\\|");
    }
}
