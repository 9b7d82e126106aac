package ogi.query.messaging;

import java.nio.ByteBuffer;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A deserializer that reads a record's value where the Kafka client holds it (the client hands it the buffer, not a
 * copy), and never throws: a failing deserializer would stop the channel, so {@link #read} answers what it could not
 * read in its own type. The array variants, which the client does not call, wrap the array.
 */
abstract class InPlaceDeserializer<T> implements Deserializer<T> {

    /** The value read; {@code value} is null or empty for a record without one. Must not throw. */
    abstract T read(ByteBuffer value);

    @Override
    public T deserialize(String topic, byte[] data) {
        return read(data == null ? null : ByteBuffer.wrap(data));
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    @Override
    public T deserialize(String topic, Headers headers, ByteBuffer data) {
        return read(data);
    }
}
