package ogi.query.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.Finding;

/**
 * A finding across reports ({@code GET /findings}, {@code GET /reports/{id}/findings}): the contract's
 * {@link Finding}, the report it is in (document, agency, region, year), the audit that found it, and its review.
 */
public record FindingItem(@JsonUnwrapped Finding finding, String documentId, String agency, String region,
        Integer year, String catalogueVersion, Instant auditedAt, Review review) {
}
