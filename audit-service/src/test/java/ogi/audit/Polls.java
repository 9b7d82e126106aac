package ogi.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/** What the Kafka connector hands the parsed-report consumer in batch mode: a poll ({@link ConsumerRecords}). */
final class Polls {
    private Polls() {
    }

    @SafeVarargs
    static <V> ConsumerRecords<String, V> of(ConsumerRecord<String, V>... records) {
        Map<TopicPartition, List<ConsumerRecord<String, V>>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, V> r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), p -> new ArrayList<>()).add(r);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
