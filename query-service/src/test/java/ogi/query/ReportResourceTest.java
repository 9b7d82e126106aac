package ogi.query;

import static org.awaitility.Awaitility.await;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
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
        connector.source(channel).send(new ConsumerRecord<>("t", 0, 0L, key, value));
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
    void aDeadLetterMarksTheDocumentFailedWithItsReason() throws Exception {
        String id = "a".repeat(64);
        var record = new ConsumerRecord<>("ogi.reports.dead-letter", 0, 0L, id,
                "garbage".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-reason", "not an annual report".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", "ogi.reports.raw".getBytes(StandardCharsets.UTF_8));
        connector.source("dead-letter").send(record);
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
