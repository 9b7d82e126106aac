package ogi.contracts.event;

import java.io.IOException;
import java.nio.ByteBuffer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
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

    /**
     * Reads an event, refusing invalid JSON and schema versions this code does not know. Binds directly (no tree):
     * raw documents are up to 14 MB of JSON.
     */
    public static <T extends VersionedEvent> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value, expected a " + type.getSimpleName());
        }
        return checked(() -> MAPPER.readValue(json, type), type);
    }

    /**
     * Reads an event from the record's bytes, as {@link #read(String, Class)} does; fields the type does not have
     * are skipped without being decoded (a {@link RawDocumentReceipt} of a 10 MB document holds none of it).
     */
    public static <T extends VersionedEvent> T read(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException("empty record value, expected a " + type.getSimpleName());
        }
        return checked(() -> MAPPER.readValue(json, type), type);
    }

    /**
     * Reads an event from a record's value where the Kafka client holds it (a consumer's deserializer), without
     * copying it to an array of its own first.
     */
    public static <T extends VersionedEvent> T read(ByteBuffer json, Class<T> type) {
        if (json == null || !json.hasRemaining()) {
            throw new InvalidEventException("empty record value, expected a " + type.getSimpleName());
        }
        return checked(() -> MAPPER.readValue(parser(json), type), type);
    }

    /**
     * A streaming parser over a record's value where the Kafka client holds it: over its array when it has one, else
     * over the buffer itself; the buffer's position is left as it was.
     */
    public static JsonParser parser(ByteBuffer json) throws IOException {
        ByteBuffer value = json.duplicate();
        if (value.hasArray()) {
            return MAPPER.getFactory().createParser(value.array(), value.arrayOffset() + value.position(),
                    value.remaining());
        }
        return MAPPER.getFactory().createParser(new ByteBufferBackedInputStream(value));
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T extends VersionedEvent> T checked(Reading<T> reading, Class<T> type) {
        T event;
        try {
            event = reading.read();
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("record is not a valid " + type.getSimpleName() + " (invalid JSON or "
                    + "wrong schema): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEventException("record is not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
        if (event == null) {
            throw new InvalidEventException("record value is null, expected a " + type.getSimpleName());
        }
        if (event.schemaVersion() != EventTypes.SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + event.schemaVersion() + " for "
                    + type.getSimpleName() + ", this service reads version " + EventTypes.SCHEMA_VERSION);
        }
        return event;
    }
}
