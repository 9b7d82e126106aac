package ogi.query.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.Severity;
import ogi.query.api.Charts;
import ogi.query.api.FindingItem;
import ogi.query.api.Review;
import ogi.query.api.Stats;
import ogi.query.config.QueryConfig;

/**
 * Reads of the {@code findings} collection (one document per finding, {@code _id} = finding id: document, rule,
 * location), for filtering across reports, answered with each finding's review; its indexes. Written only by
 * {@link ReadModelWriter}.
 */
@ApplicationScoped
public class FindingRepository {
    private final MongoCollection<Document> findings;
    private final ReviewRepository reviews;

    public FindingRepository(MongoClient client, QueryConfig config, ReviewRepository reviews) {
        this.findings = client.getDatabase(config.database()).getCollection(Collections.FINDINGS);
        this.reviews = reviews;
    }

    void createIndexes(@Observes StartupEvent event) {
        findings.createIndex(Indexes.ascending("documentId"));
        findings.createIndex(Indexes.ascending("ruleId", "severityRank"));
        findings.createIndex(Indexes.ascending("agency", "year"));
    }

    public Optional<FindingRef> byId(String findingId) {
        return Optional.ofNullable(findings.find(eq("_id", findingId))
                .projection(new Document("documentId", 1).append("ruleId", 1)).first())
                .map(d -> new FindingRef(findingId, d.getString("documentId"), d.getString("ruleId")));
    }

    public List<FindingItem> ofDocument(String documentId) {
        return items(findings.find(eq("documentId", documentId)).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
    }

    /** The findings of the given reports, a report's together in finding id order; one query per page of ids. */
    public List<FindingItem> ofDocuments(List<String> documentIds) {
        List<FindingItem> found = new ArrayList<>();
        for (List<String> page : StoredValues.pages(documentIds)) {
            found.addAll(items(findings.find(Filters.in("documentId", page)).sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>())));
        }
        return found;
    }

    /** Findings filtered by rule, minimum severity, agency substring, year and document, at most {@code limit}. */
    public List<FindingItem> search(String ruleId, Severity minSeverity, String agency, Integer year,
            String documentId, int skip, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(eq("ruleId", ruleId));
        }
        if (minSeverity != null) {
            filters.add(Filters.gte("severityRank", minSeverity.ordinal() + 1));
        }
        if (agency != null) {
            filters.add(Filters.regex("agency", Pattern.quote(agency)));
        }
        if (year != null) {
            filters.add(eq("year", year));
        }
        if (documentId != null) {
            filters.add(eq("documentId", documentId));
        }
        return items(findings.find(filters.isEmpty() ? new Document() : and(filters))
                .sort(Sorts.orderBy(Sorts.descending("severityRank"), Sorts.ascending("_id")))
                .skip(skip).limit(limit).into(new ArrayList<>()));
    }

    private List<FindingItem> items(List<Document> stored) {
        Map<String, Review> byId = reviews.of(stored.stream().map(f -> String.valueOf(f.get("_id"))).toList());
        return stored.stream().map(f -> StoredShapes.finding(f, byId)).toList();
    }

    /** Findings counted by rule and severity. */
    public List<Stats.FindingCount> countsByRuleAndSeverity() {
        return findings.aggregate(List.of(Aggregates.group(new Document("ruleId", "$ruleId").append("severity",
                "$severity"), Accumulators.sum("findings", 1)))).map(StoredShapes::findingCount)
                .into(new ArrayList<>());
    }

    /** Findings counted by rule and the year of their report (the dashboard's chart of rules over the years). */
    public List<Charts.RuleYear> countsByRuleAndYear() {
        return findings.aggregate(List.of(Aggregates.group(new Document("ruleId", "$ruleId").append("year", "$year"),
                Accumulators.sum("findings", 1)))).map(row -> {
                    Document key = StoredValues.document(row, "_id");
                    Long n = StoredValues.longValue(row, "findings");
                    return new Charts.RuleYear(StoredValues.text(key, "ruleId"), StoredValues.intValue(key, "year"),
                            n == null ? 0 : n);
                }).into(new ArrayList<>());
    }

    /** The findings of the given reports counted by document, rule and severity (a region's year: its problems). */
    public List<RuleCount> countsByDocumentRuleAndSeverity(List<String> documentIds) {
        return findings.aggregate(List.of(Aggregates.match(Filters.in("documentId", documentIds)),
                Aggregates.group(new Document("documentId", "$documentId").append("ruleId", "$ruleId")
                        .append("severity", "$severity"), Accumulators.sum("findings", 1)))).map(row -> {
                            Document key = StoredValues.document(row, "_id");
                            Long n = StoredValues.longValue(row, "findings");
                            return new RuleCount(StoredValues.text(key, "documentId"), StoredValues.text(key, "ruleId"),
                                    Severity.valueOf(StoredValues.text(key, "severity")), n == null ? 0 : n);
                        }).into(new ArrayList<>());
    }

    /** Findings of one rule and severity in one report. */
    public record RuleCount(String documentId, String ruleId, Severity severity, long findings) {
    }
}
