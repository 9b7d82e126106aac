package ogi.contracts.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON encoding of the events. Readers ignore unknown fields (a compatible, additive schema change must not break
 * a consumer) but refuse an unknown schema major version, which goes to the dead-letter topic.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads an event, refusing invalid JSON and schema versions this code does not know. */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value, expected a " + type.getSimpleName());
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("invalid JSON, expected a " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidEventException("record value is not a JSON object, expected a " + type.getSimpleName());
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != EventTypes.SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version + " for " + type.getSimpleName()
                    + ", this service reads version " + EventTypes.SCHEMA_VERSION);
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("record does not match the " + type.getSimpleName() + " schema: "
                    + e.getOriginalMessage());
        }
    }
}
