package ogi.query.api;

import java.time.Instant;

import org.bson.Document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ogi.contracts.event.AlertEvent;

/** An alert as served ({@code GET /alerts}, the SSE stream): its number, the event as received, when stored. */
public record Alert(long seq, @JsonUnwrapped AlertEvent event, Instant storedAt, Boolean dismissed) {

    /** The one place a stored alert becomes its answered shape. */
    public static Alert from(Document doc) {
        return new Alert(Stored.longValue(doc, "seq"), Stored.as(doc, AlertEvent.class),
                Stored.instant(doc, "storedAt"), doc.get("dismissed") instanceof Boolean b ? b : null);
    }
}
