package ogi.query.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import ogi.contracts.event.EventJson;
import ogi.query.store.BatchRepository;

/**
 * The batch of a dead-lettered record: the top-level {@code batchId} of the raw document or parsed report it holds,
 * read by streaming over the value (a raw document's base64, up to 14 MB, is skipped, never decoded); null when the
 * record has none or is not JSON.
 */
public final class DeadLetterBatch {
    private DeadLetterBatch() {
    }

    public static String of(byte[] value) {
        if (value == null || value.length == 0) {
            return null;
        }
        try (JsonParser json = EventJson.mapper().getFactory().createParser(value)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken token = json.nextToken();
                if (field.equals("batchId") && token == JsonToken.VALUE_STRING) {
                    String id = json.getText();
                    return BatchRepository.isBatchId(id) ? id : null;
                }
                json.skipChildren();
            }
            return null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
