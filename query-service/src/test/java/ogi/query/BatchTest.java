package ogi.query;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * in-memory connector in place of Kafka. Input: the golden parsed event of the Dushanzi sample under two other
 * agencies' names and a year no other test uses (the stand-in is shared with the other test classes), a batch of
 * three documents (two audited, one dead-lettered by the parser), stages out of order and replayed.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class BatchTest {
    private static final String BATCH = "0123456789abcdef0123456789abcdef";
    private static final String FIRST = "b1".repeat(32);
    private static final String SECOND = "b2".repeat(32);
    private static final String BROKEN = "b3".repeat(32);

    @Inject
    @Any
    InMemoryConnector connector;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private static ParsedReportEvent golden(String agency, String id, String batchId) throws Exception {
        ParsedReportEvent g = EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir",
                "../samples/reports")).getParent().resolve("golden/dushanzi-urban-management-2021.parsed.json")),
                ParsedReportEvent.class);
        var r = g.report();
        var m = r.metadata();
        var report = new ogi.contracts.report.Report(new ogi.contracts.report.ReportMetadata(agency, m.region(), 2001,
                m.publicationDate(), m.template(), null), r.sections(), r.table1(), r.table2(), r.table3(),
                r.proseFigures(), r.parseNotes(), r.text());
        return new ParsedReportEvent(1, id, g.parserVersion(), g.parsedAt(), g.fileName(), g.format(), report,
                batchId);
    }

    private void send(String channel, String key, Object event) {
        String json = EventJson.write(event);
        Object value = channel.equals("raw") ? json.getBytes(StandardCharsets.UTF_8) : json;
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, value));
    }

    private static RawDocumentEvent raw(String id, String fileName) {
        return new RawDocumentEvent(1, id, fileName, "text/plain", DocumentFormat.TEXT, 3, Instant.now(), null,
                new byte[] {1, 2, 3}, BATCH, 3);
    }

    private static AuditResultEvent audited(ParsedReportEvent parsed, Severity... severities) {
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        for (Severity s : severities) {
            Location at = Location.table("table" + (++i));
            findings.add(new Finding(Finding.idOf(parsed.documentId(), "ARITH-001", at), "ARITH-001", "arithmetic",
                    s, "合计不符", "total does not add up", at, "3", "4"));
        }
        var meta = parsed.report().metadata();
        return new AuditResultEvent(1, parsed.documentId(), "t", Instant.now(), meta.agency(), meta.year(), findings,
                List.of(), BATCH);
    }

    private void deadLetter(String id, byte[] value) {
        var record = new ConsumerRecord<>("ogi.reports.dead-letter", 0, 0L, id, value);
        record.headers().add("dead-letter-reason", "not an annual report".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", "ogi.reports.raw".getBytes(StandardCharsets.UTF_8));
        Polls.send(connector, "dead-letter", record);
    }

    private void awaitDone() {
        await("the batch done").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var r = given().get("/batches/" + BATCH);
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals(Boolean.TRUE, r.path("done"), "done in " + r.asString());
        });
    }

    @Test
    void aBatchCountsEachDocumentOnceWhateverTheOrderAndReplays() throws Exception {
        given().get("/batches/" + BATCH).then().statusCode(404).body("error", equalTo("not-found"));
        given().get("/batches/not-a-batch").then().statusCode(400).body("error", equalTo("bad-request"));

        ParsedReportEvent weibin = golden("独山子区批次甲局", FIRST, BATCH);
        ParsedReportEvent wusu = golden("独山子区批次乙局", SECOND, BATCH);
        // the stream is opened before anything arrives and must follow the batch to its end
        HttpClient http = HttpClient.newHttpClient();
        send("raw", FIRST, raw(FIRST, "weibin.txt"));
        await("the batch known from its first raw event").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/batches/" + BATCH).then().statusCode(200));
        CompletableFuture<List<String>> stream = CompletableFuture.supplyAsync(() -> progressEvents(http));

        send("audited", FIRST, audited(weibin, Severity.WARNING, Severity.INFO));
        send("parsed", FIRST, weibin);
        send("audited", FIRST, audited(weibin, Severity.WARNING, Severity.INFO));
        send("raw", FIRST, raw(FIRST, "weibin.txt"));
        send("parsed", SECOND, wusu);
        send("raw", SECOND, raw(SECOND, "wusu.txt"));
        send("audited", SECOND, audited(wusu, Severity.WARNING));
        send("raw", BROKEN, raw(BROKEN, "broken.txt"));
        deadLetter(BROKEN, EventJson.write(raw(BROKEN, "broken.txt")).getBytes(StandardCharsets.UTF_8));
        deadLetter(BROKEN, EventJson.write(raw(BROKEN, "broken.txt")).getBytes(StandardCharsets.UTF_8));
        awaitDone();

        given().get("/batches/" + BATCH).then().statusCode(200)
                .body("size", equalTo(3)).body("received", equalTo(3)).body("parsed", equalTo(2))
                .body("audited", equalTo(2)).body("failed", equalTo(1))
                .body("findings.error", equalTo(0)).body("findings.warning", equalTo(2)).body("findings.info", equalTo(1))
                .body("byRule[0].ruleId", equalTo("ARITH-001")).body("byRule[0].severity", equalTo("WARNING"))
                .body("byRule[0].documents", equalTo(2)).body("byRule[1].severity", equalTo("INFO"))
                .body("documents", hasSize(3))
                .body("documents.find { it.documentId == '" + BROKEN + "' }.status", equalTo("failed"))
                .body("documents.find { it.documentId == '" + BROKEN + "' }.reason", equalTo("not an annual report"))
                .body("documents.find { it.documentId == '" + SECOND + "' }.agency", equalTo("独山子区批次乙局"))
                .body("documents.find { it.documentId == '" + SECOND + "' }.warnings", equalTo(1));

        String reports = given().get("/batches/" + BATCH + "/reports.csv").then().statusCode(200)
                .body(containsString("独山子区批次乙局")).extract().asString();
        assertEquals(4, reports.split("\r\n").length, reports);
        String findings = given().get("/batches/" + BATCH + "/findings.csv").then().statusCode(200)
                .extract().asString();
        assertEquals(4, findings.split("\r\n").length, findings);
        assertTrue(findings.contains(FIRST + ":ARITH-001:"), findings);

        List<String> events = stream.get(20, TimeUnit.SECONDS);
        assertTrue(events.get(events.size() - 1).contains("\"done\":true"), events.toString());
        assertTrue(events.get(events.size() - 1).contains("\"audited\":2"), events.toString());
        assertTrue(events.size() >= 1 && events.stream().noneMatch(e -> e.contains("\"received\":4")));
    }

    @Test
    void theBatchRoutesArePublished() {
        given().get("/q/openapi?format=json").then().body(containsString("/batches/{id}/stream"))
                .body(containsString("/batches/{id}/findings.csv"));
    }

    /** The data lines of the batch's SSE stream, read until the server ends it. */
    private List<String> progressEvents(HttpClient http) {
        List<String> data = new ArrayList<>();
        try {
            HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + port + "/batches/" + BATCH + "/stream")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return data;
    }
}
