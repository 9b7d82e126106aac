package ogi.query.messaging;

import java.nio.ByteBuffer;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentReceipt;

/**
 * Reads a raw document's record into its receipt where the Kafka client holds the value, skipping the document's
 * base64 (up to 14 MB) without copying or decoding it: what the query service keeps of a poll is a few hundred bytes
 * per document, whatever the documents' size. A record that is not a raw document event becomes a
 * {@link RawArrival} saying why.
 */
public class RawArrivalDeserializer extends InPlaceDeserializer<RawArrival> {

    @Override
    RawArrival read(ByteBuffer value) {
        try {
            return RawArrival.of(EventJson.read(value, RawDocumentReceipt.class));
        } catch (RuntimeException e) {
            return RawArrival.unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
