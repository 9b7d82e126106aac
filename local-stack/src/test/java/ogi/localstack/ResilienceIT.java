package ogi.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import ogi.contracts.Topics;

/**
 * Faults on the real stack (real broker, Mongo stand-in, the four services as processes): poison records on every
 * topic go to the dead-letter topic with their reason while the partitions keep moving; kill -9 of each service in
 * turn and of the broker while documents flow loses and duplicates nothing. The Mongo stand-in is not killed: its
 * H2 store commits about once a second (pitfall 16).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT extends StackIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(240);

    @Override
    protected String folder() {
        return "resilience-stack";
    }




    private Properties kafka() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrap());
        return p;
    }

    @Test
    @Order(1)
    void poisonOnEveryTopicIsDeadLetteredWithItsReasonAndThePipelineMovesOn() throws Exception {
        Map<String, String> poison = new HashMap<>();
        poison.put("invalid JSON", "{not json");
        poison.put("wrong schema version", "{\"schemaVersion\":2,\"documentId\":\"" + "9".repeat(64) + "\"}");
        poison.put("huge", "x".repeat(1_000_000));
        Set<String> sent = new LinkedHashSet<>();
        String rawPoisonId = "8".repeat(64);
        Properties p = kafka();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "15728640");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String topic : List.of(Topics.RAW, Topics.PARSED, Topics.AUDITED,
                    Topics.ALERTS)) {
                for (var e : poison.entrySet()) {
                    String key = topic.equals(Topics.RAW) && e.getKey().equals("invalid JSON") ? rawPoisonId
                            : null;
                    RecordMetadata m = producer.send(new ProducerRecord<>(topic, key, e.getValue())).get();
                    sent.add(topic + "/" + m.partition() + "/" + m.offset());
                }
            }
        }

        Set<String> deadLettered = new HashSet<>();
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(deadLetterReader())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTER));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!deadLettered.containsAll(sent) && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofSeconds(1))) {
                    String origin = header(r.headers().lastHeader("dead-letter-topic")) + "/"
                            + header(r.headers().lastHeader("dead-letter-partition")) + "/"
                            + header(r.headers().lastHeader("dead-letter-offset"));
                    deadLettered.add(origin);
                    reasons.add(header(r.headers().lastHeader("dead-letter-reason")));
                }
            }
        }
        Set<String> missing = new HashSet<>(sent);
        missing.removeAll(deadLettered);
        assertEquals(Set.of(), missing, "every poison record reaches the dead-letter topic");
        assertTrue(reasons.stream().allMatch(r -> r != null && !r.isBlank()), "each with a reason: " + reasons);

        JsonNode failed = api.awaitStatus(rawPoisonId, "failed", TIMEOUT);
        assertFalse(failed.at("/failure/reason").asText().isBlank());
        String id = api.postText(PipelineEndToEndIT.Samples.bytes("wusu-urban-management-2023.txt"),
                "text/plain; charset=utf-8", "after-poison.txt").get("documents").get(0).get("documentId").asText();
        api.awaitStatus(id, "audited", TIMEOUT);
    }

    @Test
    @Order(2)
    void killingEachServiceAndTheBrokerWhileDocumentsFlowLosesAndDuplicatesNothing() throws Exception {
        String base = PipelineEndToEndIT.Samples.text("dushanzi-urban-management-2021.txt");
        Map<Integer, String> faults = Map.of(40, "parse-service", 80, "audit-service", 120, "query-service",
                160, "ingest-service", 200, "kafka");
        int documents = 240;
        Set<String> accepted = new LinkedHashSet<>();
        for (int i = 0; i < documents; i++) {
            String fault = faults.get(i);
            if (fault != null) {
                stack.kill(fault);
                // the fault itself: the process stays away for a while, whatever the others do meanwhile
                Thread.sleep(1500);
                stack.restart(fault);
            }
            byte[] doc = (base + "\n附：第" + i + "号测试件。").getBytes(StandardCharsets.UTF_8);
            accepted.add(postUntilAccepted(doc, "resilience-" + i + ".txt"));
        }
        assertEquals(documents, accepted.size());
        for (String id : accepted) {
            assertEquals("独山子区城市管理局", api.awaitAuditedWithFindingsOnce(id, TIMEOUT).get("agency").asText());
        }
        assertTrue(api.listedOnce("独山子区").containsAll(accepted), "every accepted document is in the query service");
    }

    @Test
    @Order(3)
    void whileMongoDbIsAwayTheServicesWaitAndCatchUpWhenItReturns() throws Exception {
        String base = PipelineEndToEndIT.Samples.text("wusu-urban-management-2023.txt");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(postUntilAccepted((base + "\n附：停库测试第" + i + "号。").getBytes(StandardCharsets.UTF_8),
                    "mongo-outage-" + i + ".txt"));
        }
        stack.stop("mongo");
        var refused = api.postRaw((base + "\n附：停库期间。").getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(503, refused.statusCode(), "ingest says MongoDB is away: " + refused.body());
        // the outage itself: MongoDB stays away for ten seconds while the services keep consuming
        Thread.sleep(10_000);
        stack.restart("mongo");
        for (String id : ids) {
            JsonNode report = api.awaitStatus(id, "audited", TIMEOUT);
            assertEquals("乌苏市城市管理局", report.get("agency").asText());
        }
    }

    @Test
    @Order(4)
    void stoppingEachConsumingServiceMidStreamDeadLettersNothingAndLosesNothing() throws Exception {
        String base = PipelineEndToEndIT.Samples.text("weibin-urban-management-2022.txt");
        Set<String> accepted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (String service : List.of("parse-service", "audit-service", "query-service")) {
            // a burst posted from eight clients, so that the service has records in hand when it is told to stop
            var posting = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String name = "stop-" + service + "-" + i + ".txt";
                byte[] doc = (base + "\n附：停止测试" + service + "第" + i + "号。").getBytes(StandardCharsets.UTF_8);
                posts.add(posting.submit(() -> accepted.add(postUntilAccepted(doc, name))));
            }
            for (var post : posts) {
                post.get();
            }
            posting.shutdown();
            stack.stop(service);
            stack.restart(service);
        }
        assertEquals(180, accepted.size());
        for (String id : accepted) {
            assertEquals("新乡市卫滨区城市管理局", api.awaitAuditedWithFindingsOnce(id, TIMEOUT).get("agency").asText());
        }
        assertTrue(api.listedOnce("卫滨区").containsAll(accepted), "every accepted document is in the query service");
        Set<String> deadLettered = new HashSet<>(deadLetterKeys());
        deadLettered.retainAll(accepted);
        assertEquals(Set.of(), deadLettered, "no document the stopping services had in hand is dead-lettered");
    }

    /** A consumer of its own group, from the earliest record, with room for a dead-lettered 10 MB document. */
    private Properties deadLetterReader() {
        Properties c = kafka();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "resilience-it-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "15728640");
        return c;
    }

    /** The keys of every record on the dead-letter topic so far (poison records without a key left out). */
    private List<String> deadLetterKeys() {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(deadLetterReader())) {
            var partitions = consumer.partitionsFor(Topics.DEAD_LETTER).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var r : consumer.poll(Duration.ofSeconds(1))) {
                    if (r.key() != null) {
                        keys.add(r.key());
                    }
                }
            }
        }
        return keys;
    }

    /** Posts until the ingest service accepts, as a client does while the ingest service or the broker restarts. */
    private String postUntilAccepted(byte[] doc, String name) {
        return Awaitility.await("the ingest service accepting " + name).atMost(TIMEOUT).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                    try {
                        return api.postText(doc, "text/plain; charset=utf-8", name).get("documents").get(0)
                                .get("documentId").asText();
                    } catch (AssertionError refused) {
                        return null;
                    }
                }, Objects::nonNull);
    }

    private static String header(Header h) {
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
