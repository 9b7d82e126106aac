package ogi.query;

import static org.awaitility.Awaitility.await;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.event.Severity;

/**
 * {@code @QuarkusTest}: the real query service and the MongoDB stand-in over the wire; events arrive through the
 * in-memory connector in place of Kafka. Input: the golden parsed event of the Weibin sample.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ReportResourceTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private static String golden() throws Exception {
        return Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports")).getParent()
                .resolve("golden/weibin-urban-management-2022.parsed.json"));
    }

    private void send(String channel, String key, String json) {
        Object value = channel.equals("raw") || channel.equals("dead-letter")
                ? json.getBytes(java.nio.charset.StandardCharsets.UTF_8) : json;
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, value));
    }

    private ValidatableResponse awaitStatus(String id, String status) {
        return awaitStatus(id, status, null);
    }

    /** Waits for the status and, when given, for a field to be present (stages are stored independently). */
    private ValidatableResponse awaitStatus(String id, String status, String field) {
        await(id + " " + status + (field == null ? "" : " with " + field)).atMost(Duration.ofSeconds(10)).until(() -> {
            var r = given().get("/reports/" + id);
            return r.statusCode() == 200 && status.equals(r.path("status")) && (field == null || r.path(field) != null)
                    && (!"audited".equals(status) || "weibin.txt".equals(r.path("fileName")) || field == null);
        });
        return given().get("/reports/" + id).then();
    }

    @Test
    void stagesArrivingInAnyOrderAndTwiceEndAuditedOnce() throws Exception {
        ParsedReportEvent golden = EventJson.read(golden(), ParsedReportEvent.class);
        String id = "1".repeat(64);
        ParsedReportEvent parsed = new ParsedReportEvent(1, id, golden.parserVersion(), golden.parsedAt(),
                golden.fileName(), golden.format(), golden.report());
        String parsedJson = EventJson.write(parsed);
        Finding finding = new Finding(Finding.idOf(id, "COMP-003", Location.table("table1")), "COMP-003",
                "completeness", Severity.ERROR, "空表", "empty table", Location.table("table1"), null, null);
        String audited = EventJson.write(new AuditResultEvent(1, id, "test", Instant.now(), "新乡市卫滨区城市管理局", 2022,
                List.of(finding)));
        String raw = EventJson.write(new RawDocumentEvent(1, id, "weibin.txt", "text/plain", DocumentFormat.TEXT, 5781,
                Instant.now(), null, "x".getBytes(StandardCharsets.UTF_8)));

        send("audited", id, audited);
        send("parsed", id, parsedJson);
        send("raw", id, raw);
        send("audited", id, audited);
        send("parsed", id, parsedJson);

        awaitStatus(id, "audited", "report.table1")
                .body("agency", equalTo("新乡市卫滨区城市管理局"))
                .body("year", equalTo(2022))
                .body("fileName", equalTo("weibin.txt"))
                .body("audit.findings", hasSize(1))
                .body("audit.findings[0].ruleId", equalTo("COMP-003"))
                .body("report.table1.rows[0].cells.issued", nullValue());
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("query_events_stored_total{"))
                .body(org.hamcrest.Matchers.containsString("query_store_duration_seconds_count"));
        given().queryParam("agency", "卫滨").queryParam("limit", 200).get("/reports").then().statusCode(200)
                .body("items.findAll { it.documentId == '" + id + "' }", hasSize(1));
    }

    @Test
    void aRecordThatIsNotItsEventGoesToTheDeadLetterTopicAloneAndTheRestOfItsPollIsStored() throws Exception {
        InMemorySink<byte[]> rejected = connector.sink("rejected");
        rejected.clear();
        ParsedReportEvent golden = EventJson.read(golden(), ParsedReportEvent.class);
        String first = "3".repeat(64);
        String second = "4".repeat(64);
        given().get("/reports/" + first).then().statusCode(404).body("error", equalTo("not-found"));
        var bad = new ConsumerRecord<>("ogi.reports.parsed", 2, 7L, "not-a-document", "{\"documentId\": 12");
        bad.headers().add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
                .getBytes(StandardCharsets.UTF_8));
        connector.source("parsed").send(Polls.of(
                new ConsumerRecord<>("ogi.reports.parsed", 2, 6L, first, EventJson.write(new ParsedReportEvent(1, first,
                        golden.parserVersion(), golden.parsedAt(), "first.txt", golden.format(), golden.report()))),
                bad,
                new ConsumerRecord<>("ogi.reports.parsed", 2, 8L, second, EventJson.write(new ParsedReportEvent(1,
                        second, golden.parserVersion(), golden.parsedAt(), "second.txt", golden.format(),
                        golden.report())))));

        awaitStatus(first, "parsed").body("fileName", equalTo("first.txt"));
        awaitStatus(second, "parsed").body("fileName", equalTo("second.txt"));
        await("the bad record on the dead-letter topic").atMost(Duration.ofSeconds(10))
                .until(() -> !rejected.received().isEmpty());
        assertEquals(1, rejected.received().size(), "only the bad record is dead-lettered");
        var dead = rejected.received().get(0);
        assertEquals("{\"documentId\": 12", new String(dead.getPayload(), StandardCharsets.UTF_8));
        var meta = dead.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertEquals("not-a-document", meta.getKey());
        java.util.function.Function<String, String> header = name -> new String(
                meta.getHeaders().lastHeader(name).value(), StandardCharsets.UTF_8);
        assertEquals("ogi.reports.parsed", header.apply("dead-letter-topic"));
        assertEquals("2", header.apply("dead-letter-partition"));
        assertEquals("7", header.apply("dead-letter-offset"));
        assertTrue(header.apply("dead-letter-reason").contains("not a valid ParsedReportEvent"), header.apply("dead-letter-reason"));
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", header.apply("traceparent"),
                "the record's own headers are kept");
    }

    @Test
    void aPollWithTwoResultsOfOneDocumentKeepsTheNewer() throws Exception {
        String id = "5".repeat(64);
        given().get("/reports/" + id).then().statusCode(404).body("error", equalTo("not-found"));
        ParsedReportEvent golden = EventJson.read(golden(), ParsedReportEvent.class);
        send("parsed", id, EventJson.write(new ParsedReportEvent(1, id, golden.parserVersion(), golden.parsedAt(),
                "five.txt", golden.format(), golden.report())));
        Instant at = Instant.parse("2026-11-29T10:00:00Z");
        Finding older = new Finding(Finding.idOf(id, "COMP-003", Location.table("table1")), "COMP-003",
                "completeness", Severity.ERROR, "空表", "empty table", Location.table("table1"), null, null);
        Finding newer = new Finding(Finding.idOf(id, "COMP-004", Location.table("table2")), "COMP-004",
                "completeness", Severity.ERROR, "空表", "empty table", Location.table("table2"), null, null);
        connector.source("audited").send(Polls.of(
                new ConsumerRecord<>("ogi.reports.audited", 0, 1L, id, EventJson.write(new AuditResultEvent(1, id,
                        "test", at.plusSeconds(60), "新乡市卫滨区城市管理局", 2022, List.of(newer)))),
                new ConsumerRecord<>("ogi.reports.audited", 0, 2L, id, EventJson.write(new AuditResultEvent(1, id,
                        "test", at, "新乡市卫滨区城市管理局", 2022, List.of(older))))));
        awaitStatus(id, "audited").body("audit.findings", hasSize(1))
                .body("audit.findings[0].ruleId", equalTo("COMP-004"));
    }

    @Test
    void aDeadLetterMarksTheDocumentFailedWithItsReason() throws Exception {
        String id = "a".repeat(64);
        var record = new ConsumerRecord<>("ogi.reports.dead-letter", 0, 0L, id,
                "garbage".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-reason", "not an annual report".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", "ogi.reports.raw".getBytes(StandardCharsets.UTF_8));
        Polls.send(connector, "dead-letter", record);
        awaitStatus(id, "failed").body("failure.reason", equalTo("not an annual report"))
                .body("failure.stage", equalTo("parse"));
        given().queryParam("status", "failed").get("/reports").then().body("items.documentId", hasItem(id));
    }

    @Test
    void parametersAreValidatedAndCannotInjectOperators() {
        given().get("/reports/not-an-id").then().statusCode(400).body("error", equalTo("bad-request"));
        given().get("/reports/" + "0".repeat(64)).then().statusCode(404).body("error", equalTo("not-found"));
        given().queryParam("status", "done").get("/reports").then().statusCode(400);
        given().queryParam("year", "twenty").get("/reports").then().statusCode(400);
        given().queryParam("limit", "100000").get("/reports").then().statusCode(400);
        given().queryParam("agency", ".*").get("/reports").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("agency", "{\"$ne\": null}").get("/reports").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
