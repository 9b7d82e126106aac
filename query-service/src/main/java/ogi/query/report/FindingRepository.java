package ogi.query.report;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Severity;
import ogi.query.config.QueryConfig;

/**
 * The {@code findings} collection: one document per finding, {@code _id} = finding id (document, rule, location),
 * for filtering across reports. An audit result replaces its document's findings: each is upserted, and those the
 * new audit no longer finds are removed, so re-audits never duplicate or leave stale findings.
 */
@ApplicationScoped
public class FindingRepository {
    static final String COLLECTION = "findings";

    private final MongoCollection<Document> findings;

    public FindingRepository(MongoClient client, QueryConfig config) {
        this.findings = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    void createIndexes(@Observes StartupEvent event) {
        findings.createIndex(Indexes.ascending("documentId"));
        findings.createIndex(Indexes.ascending("ruleId", "severityRank"));
        findings.createIndex(Indexes.ascending("agency", "year"));
    }

    /**
     * Stores an audit result's findings and removes those of the result it replaces that it no longer has; by id,
     * so that no query over all findings is needed (the stand-in would scan them all).
     */
    public void replaceAll(AuditResultEvent result, String region, List<String> previousFindingIds) {
        List<String> ids = new ArrayList<>();
        for (Finding f : result.findings()) {
            Document d = Document.parse(EventJson.write(f));
            d.remove("findingId");
            d.append("_id", f.findingId())
                    .append("documentId", result.documentId())
                    .append("severityRank", f.severity().ordinal() + 1)
                    .append("agency", result.agency())
                    .append("region", region)
                    .append("year", result.year())
                    .append("catalogueVersion", result.catalogueVersion())
                    .append("auditedAt", Date.from(result.auditedAt()));
            findings.replaceOne(eq("_id", f.findingId()), d, new ReplaceOptions().upsert(true));
            ids.add(f.findingId());
        }
        for (String gone : previousFindingIds) {
            if (!ids.contains(gone)) {
                findings.deleteOne(eq("_id", gone));
            }
        }
    }

    public Document byId(String findingId) {
        return findings.find(eq("_id", findingId)).first();
    }

    public List<Document> ofDocument(String documentId) {
        return findings.find(eq("documentId", documentId)).sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** Findings filtered by rule, minimum severity, agency substring, year and document, at most {@code limit}. */
    public List<Document> search(String ruleId, Severity minSeverity, String agency, Integer year, String documentId,
            int skip, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(eq("ruleId", ruleId));
        }
        if (minSeverity != null) {
            filters.add(Filters.gte("severityRank", minSeverity.ordinal() + 1));
        }
        if (agency != null) {
            filters.add(Filters.regex("agency", java.util.regex.Pattern.quote(agency)));
        }
        if (year != null) {
            filters.add(eq("year", year));
        }
        if (documentId != null) {
            filters.add(eq("documentId", documentId));
        }
        return findings.find(filters.isEmpty() ? new Document() : and(filters))
                .sort(Sorts.orderBy(Sorts.descending("severityRank"), Sorts.ascending("_id")))
                .skip(skip).limit(limit).into(new ArrayList<>());
    }

    /** Findings counted by rule and severity. */
    public List<Document> countsByRuleAndSeverity() {
        return findings.aggregate(List.of(Aggregates.group(new Document("ruleId", "$ruleId").append("severity",
                "$severity"), Accumulators.sum("findings", 1)))).into(new ArrayList<>());
    }

    /** The findings of the given reports counted by document, rule and severity (a region's year: its problems). */
    public List<Document> countsByDocumentRuleAndSeverity(List<String> documentIds) {
        return findings.aggregate(List.of(Aggregates.match(Filters.in("documentId", documentIds)),
                Aggregates.group(new Document("documentId", "$documentId").append("ruleId", "$ruleId")
                        .append("severity", "$severity"), Accumulators.sum("findings", 1)))).into(new ArrayList<>());
    }

    /** Findings counted by rule and the year of their report (the dashboard's chart of rules over the years). */
    public List<Document> countsByRuleAndYear() {
        return findings.aggregate(List.of(Aggregates.group(new Document("ruleId", "$ruleId").append("year", "$year"),
                Accumulators.sum("findings", 1)))).into(new ArrayList<>());
    }
}
