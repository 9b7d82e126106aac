package ogi.parse.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.Topics;
import ogi.contracts.event.DeadLetterHeaders;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.schema.EventSchemas;
import ogi.parse.report.SampleReports;

/**
 * {@code @QuarkusTest}: the parse service with the in-memory connector in place of Kafka. Input: the Weibin sample
 * as the ingest service publishes it. Also pins the metric names the Grafana dashboard reads.
 */
@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(ogi.testsupport.MongoStandInResource.class)
class RawDocumentConsumerTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    com.mongodb.client.MongoClient mongo;

    @Test
    void aDocumentThatKeptCrashingTheParserIsGivenUpAfterItsAttempts() throws Exception {
        var parsed = connector.<String>sink("parsed");
        parsed.clear();
        var rejected = connector.<byte[]>sink("rejected");
        rejected.clear();
        String id = "6".repeat(64);
        // three earlier attempts that never finished, as after three JVM crashes mid-parse
        mongo.getDatabase("ogi").getCollection(ParseAttempts.COLLECTION).insertOne(
                new org.bson.Document("_id", id).append("attempts", 3));
        // a DOCX: its attempts are counted whatever its size (a small text document's are not)
        byte[] bytes = SampleReports.bytes("unnamed-bureau-2023.txt");
        RawDocumentEvent raw = new RawDocumentEvent(1, id, "crasher.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentFormat.DOCX,
                bytes.length, Instant.now(), null, bytes);
        connector.source("raw").send(new ConsumerRecord<>(Topics.RAW, 0, 1L, id,
                EventJson.write(raw).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int attempts = await("the fourth start of " + id + " counted in parse_attempts").atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ((Number) mongo.getDatabase("ogi").getCollection(ParseAttempts.COLLECTION)
                        .find(new org.bson.Document("_id", id)).first().get("attempts")).intValue(), n -> n >= 4);
        assertEquals(4, attempts, "the fourth start is counted");
        await("the record of " + id + " on the dead-letter topic").atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50)).until(() -> !rejected.received().isEmpty());
        var deadLetter = rejected.received().get(0);
        var kafka = deadLetter.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertEquals(id, kafka.getKey(), "keyed by its document");
        assertTrue(new String(kafka.getHeaders().lastHeader(DeadLetterHeaders.REASON).value(),
                java.nio.charset.StandardCharsets.UTF_8).contains("crashes the parser"), "with the reason");
        assertEquals(Topics.RAW, new String(kafka.getHeaders().lastHeader(DeadLetterHeaders.TOPIC).value(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(parsed.received().isEmpty(), "and no parsed report");
    }

    @Test
    void aRawDocumentBecomesAParsedReportThatFollowsItsSchema() throws Exception {
        var parsed = connector.<String>sink("parsed");
        parsed.clear();
        byte[] bytes = SampleReports.bytes("weibin-urban-management-2022.txt");
        String id = "7".repeat(64);
        RawDocumentEvent raw = new RawDocumentEvent(1, id, "weibin.txt", "text/plain; charset=utf-8",
                DocumentFormat.TEXT, bytes.length, Instant.now(), null, bytes, "0123456789abcdef0123456789abcdef", 2);
        connector.source("raw").send(new ConsumerRecord<>(Topics.RAW, 0, 0L, id,
                EventJson.write(raw).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        await("a parsed report of " + id).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !parsed.received().isEmpty());
        assertEquals(1, parsed.received().size());
        String json = parsed.received().get(0).getPayload();
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.PARSED_REPORT, json));
        ParsedReportEvent event = EventJson.read(json, ParsedReportEvent.class);
        assertEquals(id, event.documentId());
        assertEquals("新乡市卫滨区城市管理局", event.report().metadata().agency());
        assertEquals("0123456789abcdef0123456789abcdef", event.batchId(), "the batch is passed on");
        assertEquals(0, mongo.getDatabase("ogi").getCollection(ParseAttempts.COLLECTION)
                .countDocuments(new org.bson.Document("_id", id)), "a small text document's attempts are not counted");

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("parse_documents_total{"))
                .body(containsString("outcome=\"parsed\""))
                .body(containsString("parse_duration_seconds_count"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
