package ogi.query.api;

import java.util.Map;

import org.bson.Document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.Finding;

/** A finding as the report's audit holds it (the contract's {@link Finding}) with its review, or null. */
public record AuditFinding(@JsonUnwrapped Finding finding, Review review) {

    static AuditFinding from(Document stored, Map<String, Document> reviews) {
        Finding f = Stored.as(stored, Finding.class);
        return new AuditFinding(f, Review.from(reviews.get(f.findingId())));
    }
}
