package ogi.query.messaging;

import java.io.IOException;
import java.nio.ByteBuffer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import ogi.contracts.event.EventJson;

/**
 * Streams a dead letter's value for its top-level {@code documentId} and {@code batchId}, skipping the rest where the
 * Kafka client holds it: a dead-lettered raw document carries up to 14 MB of base64, which is never copied or
 * decoded. What it cannot read has neither.
 */
public class DeadLetterValueDeserializer extends InPlaceDeserializer<DeadLetterValue> {

    @Override
    DeadLetterValue read(ByteBuffer value) {
        if (value == null || !value.hasRemaining()) {
            return DeadLetterValue.NONE;
        }
        try (JsonParser json = EventJson.parser(value)) {
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
