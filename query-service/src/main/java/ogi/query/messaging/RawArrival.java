package ogi.query.messaging;

import ogi.contracts.event.RawDocumentReceipt;

/**
 * A record of the raw topic as query-service reads it ({@link RawArrivalDeserializer}): the document's receipt, or,
 * for a record that is not a raw document event, why not (parse-service dead-letters that record, with its bytes).
 */
public record RawArrival(RawDocumentReceipt receipt, String unreadable) {

    static RawArrival of(RawDocumentReceipt receipt) {
        return new RawArrival(receipt, null);
    }

    static RawArrival unreadable(String why) {
        return new RawArrival(null, why);
    }
}
