package ogi.query.store;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import ogi.query.config.QueryConfig;

/**
 * Reads the copying findings (PROSE-004) of given reports from {@code reports}, by {@code _id} in batches of
 * {@value #BATCH} (the stand-in serves {@code _id $in} without scanning), projected on the audit's findings.
 */
@ApplicationScoped
public class CopiedSectionRepository {
    static final String RULE = "PROSE-004";
    private static final int BATCH = 500;

    private final MongoCollection<Document> reports;

    public CopiedSectionRepository(MongoClient client, QueryConfig config) {
        this.reports = client.getDatabase(config.database()).getCollection(Collections.REPORTS);
    }

    /** The copied sections of the reports, in no particular order. */
    public List<CopiedSection> of(List<String> documentIds) {
        List<CopiedSection> found = new ArrayList<>();
        for (int from = 0; from < documentIds.size(); from += BATCH) {
            List<String> batch = documentIds.subList(from, Math.min(documentIds.size(), from + BATCH));
            for (Document d : reports.find(in("_id", batch)).projection(new Document("agency", 1).append("year", 1)
                    .append("audit.findings", 1))) {
                Document audit = d.get("audit", Document.class);
                if (audit == null || audit.getList("findings", Document.class) == null) {
                    continue;
                }
                for (Document f : audit.getList("findings", Document.class)) {
                    Document related = f.get("related", Document.class);
                    Document location = f.get("location", Document.class);
                    if (!RULE.equals(f.getString("ruleId")) || related == null || location == null
                            || location.getInteger("section") == null) {
                        continue;
                    }
                    Number share = related.get("share", Number.class);
                    List<String> sentences = related.getList("sentences", String.class);
                    found.add(new CopiedSection(d.getString("_id"), d.getString("agency"), d.getInteger("year"),
                            location.getInteger("section"), related.getString("documentId"),
                            related.getString("agency"), related.getInteger("section"),
                            share == null ? 0 : share.doubleValue(), sentences == null ? List.of() : sentences));
                }
            }
        }
        return found;
    }
}
