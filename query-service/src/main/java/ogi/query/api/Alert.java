package ogi.query.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.AlertEvent;

/** An alert as served ({@code GET /alerts}, the SSE stream): its number, the event as received, when stored. */
public record Alert(long seq, @JsonUnwrapped AlertEvent event, Instant storedAt, Boolean dismissed) {
}
