package ogi.query.messaging;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;

import ogi.contracts.event.EventJson;

/**
 * Streams a dead letter's value for its top-level {@code documentId} and {@code batchId}, skipping the rest where the
 * Kafka client holds it: a dead-lettered raw document carries up to 14 MB of base64, which is never copied or
 * decoded. Never throws (a failing deserializer would stop the channel): what it cannot read has neither.
 */
public class DeadLetterValueDeserializer implements Deserializer<DeadLetterValue> {

    @Override
    public DeadLetterValue deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data == null ? null : ByteBuffer.wrap(data));
    }

    @Override
    public DeadLetterValue deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    @Override
    public DeadLetterValue deserialize(String topic, Headers headers, ByteBuffer data) {
        if (data == null || !data.hasRemaining()) {
            return DeadLetterValue.NONE;
        }
        ByteBuffer value = data.duplicate();
        try (JsonParser json = value.hasArray()
                ? EventJson.mapper().getFactory().createParser(value.array(), value.arrayOffset() + value.position(),
                        value.remaining())
                : EventJson.mapper().getFactory().createParser(new ByteBufferBackedInputStream(value))) {
            return fields(json);
        } catch (IOException | RuntimeException e) {
            return DeadLetterValue.NONE;
        }
    }

    private static DeadLetterValue fields(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return DeadLetterValue.NONE;
        }
        String documentId = null;
        String batchId = null;
        while (json.nextToken() == JsonToken.FIELD_NAME && (documentId == null || batchId == null)) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            if (field.equals("documentId") && token == JsonToken.VALUE_STRING) {
                documentId = json.getText();
            } else if (field.equals("batchId") && token == JsonToken.VALUE_STRING) {
                batchId = json.getText();
            } else {
                json.skipChildren();
            }
        }
        return new DeadLetterValue(documentId, batchId);
    }
}
