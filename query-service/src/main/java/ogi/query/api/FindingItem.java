package ogi.query.api;

import java.time.Instant;
import java.util.Map;

import org.bson.Document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.Finding;

/**
 * A finding across reports ({@code GET /findings}, {@code GET /reports/{id}/findings}): the contract's
 * {@link Finding}, the report it is in (document, agency, region, year), the audit that found it, and its review.
 */
public record FindingItem(@JsonUnwrapped Finding finding, String documentId, String agency, String region,
        Integer year, String catalogueVersion, Instant auditedAt, Review review) {

    /** The one place a stored finding becomes its answered shape; {@code reviews} by finding id. */
    public static FindingItem from(Document doc, Map<String, Document> reviews) {
        String id = Stored.text(doc, "_id");
        Document finding = new Document(doc).append("findingId", id);
        return new FindingItem(Stored.as(finding, Finding.class), Stored.text(doc, "documentId"),
                Stored.text(doc, "agency"), Stored.text(doc, "region"), Stored.intValue(doc, "year"),
                Stored.text(doc, "catalogueVersion"), Stored.instant(doc, "auditedAt"),
                Review.from(reviews.get(id)));
    }
}
