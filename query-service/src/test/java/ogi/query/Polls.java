package ogi.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * What the Kafka connector hands the consumers of raw, parsed, audited and alerts in batch mode: a poll
 * ({@link ConsumerRecords}); the dead-letter consumer still takes one record at a time.
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

    /** Sends the record to the channel as the connector would: alone to the dead-letter channel, else as a poll. */
    public static <V> void send(InMemoryConnector connector, String channel, ConsumerRecord<String, V> record) {
        if (channel.equals("dead-letter")) {
            connector.source(channel).send(record);
        } else {
            connector.source(channel).send(of(record));
        }
    }
}
