package ogi.query.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.Finding;

/** A finding as the report's audit holds it (the contract's {@link Finding}) with its review, or null. */
public record AuditFinding(@JsonUnwrapped Finding finding, Review review) {
}
