package ogi.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.query.messaging.DeadLetterValueDeserializer;
import ogi.query.messaging.RawArrivalDeserializer;

/**
 * What the Kafka connector hands the consumers of raw, parsed, audited and alerts in batch mode: a poll
 * ({@link ConsumerRecords}); the dead-letter consumer still takes one record at a time. Values go through the
 * channels' own deserializers where they have one (raw, dead-letter).
 */
public final class Polls {
    private Polls() {
    }

    @SafeVarargs
    public static <V> ConsumerRecords<String, V> of(ConsumerRecord<String, V>... records) {
        Map<TopicPartition, List<ConsumerRecord<String, V>>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, V> r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), p -> new ArrayList<>())
                    .add(r);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }

    /**
     * Sends the record to the channel as the connector would: alone to the dead-letter channel, else as a poll; a
     * raw document's bytes read by the raw channel's deserializer first.
     */
    public static <V> void send(InMemoryConnector connector, String channel, ConsumerRecord<String, V> record) {
        if (channel.equals("dead-letter")) {
            connector.source(channel).send(read(record, new DeadLetterValueDeserializer()));
        } else if (channel.equals("raw")) {
            connector.source(channel).send(of(read(record, new RawArrivalDeserializer())));
        } else {
            connector.source(channel).send(of(record));
        }
    }

    /** The record with its value (bytes, or text as UTF-8) read by the channel's deserializer, headers kept. */
    private static <T> ConsumerRecord<String, T> read(ConsumerRecord<String, ?> record, Deserializer<T> deserializer) {
        byte[] bytes = record.value() instanceof byte[] b ? b
                : String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8);
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(),
                deserializer.deserialize(record.topic(), bytes), record.headers(), record.leaderEpoch());
    }
}
