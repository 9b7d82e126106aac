package ogi.query;

import java.time.Duration;
import static org.awaitility.Awaitility.await;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.Severity;

/**
 * {@code @QuarkusTest}: the query API over the MongoDB stand-in (wire protocol); events through the in-memory
 * connector. Three golden parsed reports (Weibin, unnamed, Wusu) with audit results as the audit service writes.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final List<String> ids = new ArrayList<>();

    private static ParsedReportEvent golden(String sample) throws Exception {
        return EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/" + sample + ".parsed.json")), ParsedReportEvent.class);
    }

    private static Finding finding(String id, String rule, Severity severity, Location at) {
        return new Finding(Finding.idOf(id, rule, at), rule, "test", severity, "中文说明 " + rule, "English " + rule, at,
                "1", "=0", List.of(at));
    }

    private void send(String channel, String key, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, EventJson.write(event)));
    }

    private void awaitFindings(String id, int count) {
        await(id + " with " + count + " findings").atMost(Duration.ofSeconds(10)).until(() -> {
            var r = given().get("/reports/" + id + "/findings");
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() == count;
        });
    }

    private boolean loaded;

    /** Loads the reports once, on the first test (RestAssured knows the port only then). */
    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String sample : List.of("weibin-urban-management-2022", "unnamed-bureau-2023",
                "wusu-urban-management-2023")) {
            ParsedReportEvent e = golden(sample);
            ids.add(e.documentId());
            send("parsed", e.documentId(), e);
        }
        String weibin = ids.get(0);
        send("audited", weibin, new AuditResultEvent(1, weibin, "t1", Instant.now(), "新乡市卫滨区城市管理局", 2022, List.of(
                finding(weibin, "COMP-003", Severity.ERROR, Location.table("table1")),
                finding(weibin, "COMP-004", Severity.ERROR, Location.cell("table2", "new_applications", null)))));
        String unnamed = ids.get(1);
        send("audited", unnamed, new AuditResultEvent(1, unnamed, "t1", Instant.now(), null, 2023, List.of(
                finding(unnamed, "COMP-006", Severity.WARNING, new Location(null, null, "agency", null)))));
        String wusu = ids.get(2);
        send("audited", wusu, new AuditResultEvent(1, wusu, "t1", Instant.now(), "乌苏市城市管理局", 2023, List.of(
                finding(wusu, "VAL-002", Severity.INFO, Location.cell("table1", "fees", "amount")))));
        awaitFindings(weibin, 2);
        awaitFindings(unnamed, 1);
        awaitFindings(wusu, 1);
    }

    @Test
    void cursorPagesWalkEveryReportOnceInEachOrder() {
        for (String sort : List.of("newest", "oldest", "year", "agency")) {
            Set<String> seen = new HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                var spec = given().queryParam("limit", 1).queryParam("sort", sort);
                if (cursor != null) {
                    spec = spec.queryParam("cursor", cursor);
                }
                var page = spec.get("/reports").then().statusCode(200).extract().jsonPath();
                for (String id : page.<String>getList("items.documentId")) {
                    assertTrue(seen.add(id), sort + ": " + id + " twice");
                }
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 50);
            assertTrue(seen.containsAll(ids), sort + " walked " + seen);
        }
        given().queryParam("cursor", "not-a-cursor").get("/reports").then().statusCode(400);
        given().queryParam("sort", "size").get("/reports").then().statusCode(400);
    }

    @Test
    void filtersBySeverityRuleRegionAndYear() {
        given().queryParam("minSeverity", "error").get("/reports").then().statusCode(200)
                .body("items.documentId", hasItem(ids.get(0))).body("items.documentId", not(hasItem(ids.get(2))));
        given().queryParam("rule", "COMP-006").get("/reports").then().body("items.documentId", equalTo(List.of(ids.get(1))));
        given().queryParam("region", "乌苏市").get("/reports").then().body("items.documentId", equalTo(List.of(ids.get(2))));
        given().queryParam("year", 2022).queryParam("agency", "卫滨").get("/reports").then()
                .body("items.documentId", equalTo(List.of(ids.get(0))));
        given().queryParam("rule", "{\"$gt\":\"\"}").get("/reports").then().statusCode(400);
        given().queryParam("minSeverity", "fatal").get("/reports").then().statusCode(400);
    }

    @Test
    void findingsAcrossReportsAndAReauditReplacesThem() throws Exception {
        given().queryParam("rule", "COMP-003").get("/findings").then().statusCode(200)
                .body("documentId", equalTo(List.of(ids.get(0))))
                .body("[0].location.table", equalTo("table1"));
        String weibin = ids.get(0);
        send("audited", weibin, new AuditResultEvent(1, weibin, "t2", Instant.now(), "新乡市卫滨区城市管理局", 2022, List.of(
                finding(weibin, "COMP-003", Severity.ERROR, Location.table("table1")))));
        awaitFindings(weibin, 1);
        given().get("/reports/" + weibin).then().body("audit.catalogueVersion", equalTo("t2"))
                .body("audit.findings", hasSize(1));
        given().queryParam("documentId", weibin).get("/findings").then().body("$", hasSize(1));
    }

    @Test
    void agenciesTheirSeriesAndStats() {
        given().get("/agencies").then().statusCode(200)
                .body("agency", hasItem("新乡市卫滨区城市管理局")).body("agency", hasItem("乌苏市城市管理局"));
        given().get("/agencies/乌苏市城市管理局/reports").then().statusCode(200).body("year", equalTo(List.of(2023)));
        given().get("/agencies/无此机关/reports").then().statusCode(404);
        given().get("/stats").then().statusCode(200)
                .body("findingsByRuleAndSeverity.ruleId", hasItem("COMP-003"))
                .body("agenciesWithMostErrors[0].agency", equalTo("新乡市卫滨区城市管理局"))
                .body("reportsByYearAndStatus.status", hasItem("audited"));
    }

    @Test
    void theReportTextAndTheCsvExportsOpenInExcel() {
        given().get("/reports/" + ids.get(1) + "/text").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("共受理政府信息公开申请2件"));
        byte[] csv = given().get("/export/reports.csv").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 byte-order mark for Excel");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"新乡市卫滨区城市管理局\""), text);
        assertTrue(text.contains("\r\n"));
        String findings = new String(given().get("/export/findings.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(findings.contains("\"'=0\""), "a value that Excel would run as a formula is defused: " + findings);
        assertTrue(findings.contains("中文说明 COMP-003"));
    }

    @Test
    void theAlertStreamDeliversNewAlertsAndResumesFromLastEventId() throws Exception {
        String id = ids.get(0);
        Finding f = finding(id, "COMP-003", Severity.ERROR, Location.table("table1"));
        send("alerts", id, new AlertEvent(1, f.findingId(), id, "新乡市卫滨区城市管理局", 2022, "t1", Instant.now(), f));
        send("alerts", id, new AlertEvent(1, f.findingId(), id, "新乡市卫滨区城市管理局", 2022, "t1", Instant.now(), f));
        await("the alert stored").atMost(Duration.ofSeconds(10))
                .until(() -> !given().get("/alerts").jsonPath().getList("$").isEmpty());
        given().get("/alerts").then().body("$", hasSize(1)).body("[0].finding.ruleId", equalTo("COMP-003"))
                .body("[0].seq", not(nullValue()));

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/alerts/stream"))
                .header("Last-Event-ID", "0").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            List<String> got = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    got.add(line);
                    if (line.startsWith("data:")) {
                        return got;
                    }
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            return got;
        });
        List<String> event = lines.get(10, TimeUnit.SECONDS);
        assertTrue(event.contains("event:alert") || event.contains("event: alert"), event.toString());
        assertTrue(event.stream().anyMatch(l -> l.startsWith("id:")), event.toString());
        assertTrue(event.get(event.size() - 1).contains("COMP-003"), event.toString());
        response.body().close();
    }

}
