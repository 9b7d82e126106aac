package ogi.query.messaging;

import java.nio.ByteBuffer;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentReceipt;

/**
 * Reads a raw document's record into its receipt where the Kafka client holds the value, skipping the document's
 * base64 (up to 14 MB) without copying or decoding it: what the query service keeps of a poll is a few hundred bytes
 * per document, whatever the documents' size. Never throws (a failing deserializer would stop the channel): a
 * record that is not a raw document event becomes a {@link RawArrival} saying why.
 */
public class RawArrivalDeserializer implements Deserializer<RawArrival> {

    @Override
    public RawArrival deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data == null ? null : ByteBuffer.wrap(data));
    }

    @Override
    public RawArrival deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    @Override
    public RawArrival deserialize(String topic, Headers headers, ByteBuffer data) {
        try {
            return RawArrival.of(EventJson.read(data, RawDocumentReceipt.class));
        } catch (RuntimeException e) {
            return RawArrival.unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
