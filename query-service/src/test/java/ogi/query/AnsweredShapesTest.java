package ogi.query;

import static org.awaitility.Awaitility.await;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.event.ReviewDecision;
import ogi.contracts.event.ReviewEvent;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.event.Severity;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.query.store.ReviewRepository;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the answers of the typed records ({@code ogi.query.api}) against the JSON the service gave
 * before them ({@link LegacyJson}: the stored document minus a deny-list), for the same stored documents of the
 * three golden samples (renamed to agencies and rules of their own, parsed, audited with rule results, an alert, a finding reviewed), a received-only and a failed
 * document. Equal as JSON trees, numbers by value; a key the old answer left out is answered as null now (listed).
 * MongoDB is the stand-in; events arrive through the in-memory connector.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweredShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECEIVED = "c".repeat(63) + "1";
    private static final String FAILED = "c".repeat(63) + "2";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MongoClient mongo;

    @Inject
    ReviewRepository reviewRepository;

    private final List<String> ids = new ArrayList<>();

    private void send(String channel, String key, Object value) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, value));
    }

    private MongoDatabase db() {
        return mongo.getDatabase("ogi");
    }

    private static Finding finding(String id, String rule, Severity severity, Location at) {
        return new Finding(Finding.idOf(id, rule, at), rule, "test", severity, "中文 " + rule, "English " + rule, at,
                "1", "=0", List.of(at));
    }

    private boolean loaded;

    /** Loads the documents once, on the first test (RestAssured knows the port only then). */
    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        Path golden = Path.of(System.getProperty("shared.reports.dir", "../samples/reports")).getParent()
                .resolve("golden");
        int n = 0;
        for (String sample : List.of("weibin-urban-management-2022", "unnamed-bureau-2023",
                "wusu-urban-management-2023")) {
            ParsedReportEvent e = EventJson.read(Files.readString(golden.resolve(sample + ".parsed.json")),
                    ParsedReportEvent.class);
            // an agency, rules and severities of their own: the other test classes share the application and store
            String id = "d" + e.documentId().substring(1);
            String agency = "形状测试局" + (++n);
            Report r = e.report();
            ReportMetadata m = r.metadata();
            Report report = new Report(new ReportMetadata(agency, null, m.year(), m.publicationDate(), m.template(),
                    null), r.sections(), r.table1(), r.table2(), r.table3(), r.proseFigures(), r.parseNotes(),
                    "形状测试的文本");
            ids.add(id);
            send("parsed", id, EventJson.write(new ParsedReportEvent(1, id, e.parserVersion(), e.parsedAt(),
                    e.fileName(), e.format(), report)));
            Finding first = finding(id, "SHAPE-001", Severity.INFO, Location.table("table1"));
            Finding cell = finding(id, "SHAPE-002", Severity.WARNING, Location.cell("table2", "new_applications",
                    "total").withLabels("新收政府信息公开申请数量", "总计"));
            send("audited", id, EventJson.write(new AuditResultEvent(1, id, "shapes", Instant.now(), agency,
                    m.year(), List.of(first, cell),
                    List.of(new RuleResult("SHAPE-001", RuleOutcome.FAILED, 1, List.of()),
                            new RuleResult("SHAPE-003", RuleOutcome.NOT_ASSESSABLE, 0, List.of("previous-year"))))));
            send("alerts", id, EventJson.write(new AlertEvent(1, first.findingId(), id, agency, m.year(), "shapes",
                    Instant.now(), first)));
        }
        send("raw", RECEIVED, EventJson.write(new RawDocumentEvent(1, RECEIVED, "r.txt", "text/plain",
                DocumentFormat.TEXT, 3, Instant.now(), null, "abc".getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8));
        var dead = new ConsumerRecord<String, Object>("ogi.reports.dead-letter", 0, 0L, FAILED, "garbage");
        dead.headers().add("dead-letter-reason", "not an annual report".getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dead-letter-topic", "ogi.reports.raw".getBytes(StandardCharsets.UTF_8));
        Polls.send(connector, "dead-letter", dead);
        await("every document stored, with its findings, alerts and failure").atMost(Duration.ofSeconds(15))
                .until(this::stored);
        String first = Finding.idOf(ids.get(0), "SHAPE-001", Location.table("table1"));
        reviewRepository.store(new ReviewEvent(1, first, ids.get(0), "SHAPE-001", ReviewDecision.DISMISSED,
                "表格为空属实", "shapes", Instant.now()));
    }

    private boolean stored() {
        for (String id : ids) {
            Document d = db().getCollection("reports").find(new Document("_id", id)).first();
            if (d == null || d.get("audit") == null || d.get("report") == null
                    || db().getCollection("findings").countDocuments(new Document("documentId", id)) != 2) {
                return false;
            }
        }
        return db().getCollection("reports").find(new Document("_id", RECEIVED)).first() != null
                && db().getCollection("reports").find(new Document("_id", FAILED)).first() != null
                && db().getCollection("alerts").countDocuments(new Document("documentId", ids.get(2))) == 1;
    }

    private Map<String, Document> reviews() {
        Map<String, Document> byId = new HashMap<>();
        db().getCollection("reviews").find().forEach(d -> byId.put(d.getString("_id"), d));
        return byId;
    }

    private Document stored(String id) {
        return db().getCollection("reports").find(new Document("_id", id)).first();
    }

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    /** Keys answered now as null that the old answer did not have, by path; other differences fail. */
    private static void assertSame(String what, JsonNode old, JsonNode now, TreeSet<String> nowNull) {
        assertSame(what, "", old, now, nowNull);
    }

    private static void assertSame(String what, String path, JsonNode old, JsonNode now, TreeSet<String> nowNull) {
        if (old.isNumber() && now.isNumber()) {
            assertEquals(0, old.decimalValue().compareTo(now.decimalValue()), what + " " + path + ": " + old + " vs " + now);
            return;
        }
        if (old.isObject() && now.isObject()) {
            for (Iterator<String> it = old.fieldNames(); it.hasNext();) {
                String k = it.next();
                assertTrue(now.has(k), what + ": " + path + "/" + k + " is no longer answered");
                assertSame(what, path + "/" + k, old.get(k), now.get(k), nowNull);
            }
            for (Iterator<String> it = now.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!old.has(k)) {
                    assertTrue(now.get(k).isNull(), what + ": " + path + "/" + k + " is answered, not before: "
                            + now.get(k));
                    nowNull.add(path.replaceAll("/\\d+", "/*") + "/" + k);
                }
            }
            return;
        }
        if (old.isArray() && now.isArray()) {
            assertEquals(old.size(), now.size(), what + " " + path);
            for (int i = 0; i < old.size(); i++) {
                assertSame(what, path + "/" + i, old.get(i), now.get(i), nowNull);
            }
            return;
        }
        assertEquals(old, now, what + " " + path);
    }

    @Test
    void aReportWholeIsAnsweredAsBefore() throws Exception {
        TreeSet<String> nowNull = new TreeSet<>();
        Map<String, Document> reviews = reviews();
        List<String> all = new ArrayList<>(ids);
        all.add(RECEIVED);
        all.add(FAILED);
        for (String id : all) {
            String now = given().get("/reports/" + id).then().statusCode(200).extract().asString();
            assertSame("GET /reports/" + id, tree(LegacyJson.detail(stored(id), reviews)), tree(now), nowNull);
        }
        JsonNode reviewed = tree(given().get("/reports/" + ids.get(0)).asString()).at("/audit/findings/0/review");
        assertEquals("DISMISSED", reviewed.get("decision").asText());
        System.out.println("GET /reports/{id}: null now, absent before: " + nowNull);
    }

    @Test
    void listedReportsAreAnsweredAsBefore() throws Exception {
        TreeSet<String> nowNull = new TreeSet<>();
        JsonNode page = tree(given().queryParam("limit", 200).get("/reports").then().statusCode(200).extract()
                .asString());
        assertTrue(page.has("nextCursor"));
        int compared = 0;
        for (JsonNode item : page.get("items")) {
            Document stored = stored(item.get("documentId").asText());
            assertSame("GET /reports item", tree(LegacyJson.summary(stored)), item, nowNull);
            compared++;
        }
        assertTrue(compared >= 5, "compared " + compared);
        System.out.println("GET /reports items: null now, absent before: " + nowNull);
    }

    @Test
    void findingsAndAlertsAreAnsweredAsBefore() throws Exception {
        TreeSet<String> nowNull = new TreeSet<>();
        Map<String, Document> reviews = reviews();
        for (String id : ids) {
            JsonNode list = tree(given().queryParam("documentId", id).get("/findings").then().statusCode(200)
                    .extract().asString());
            JsonNode ofReport = tree(given().get("/reports/" + id + "/findings").then().statusCode(200).extract()
                    .asString());
            assertEquals(2, list.size());
            for (JsonNode f : list) {
                Document stored = db().getCollection("findings").find(new Document("_id", f.get("findingId").asText()))
                        .first();
                assertSame("GET /findings", tree(LegacyJson.finding(stored, reviews)), f, nowNull);
            }
            for (JsonNode f : ofReport) {
                Document stored = db().getCollection("findings").find(new Document("_id", f.get("findingId").asText()))
                        .first();
                assertSame("GET /reports/{id}/findings", tree(LegacyJson.finding(stored, reviews)), f, nowNull);
            }
        }
        for (JsonNode a : tree(given().queryParam("limit", 500).queryParam("minSeverity", "info").get("/alerts").then().statusCode(200).extract()
                .asString())) {
            Document stored = db().getCollection("alerts").find(new Document("_id", a.get("alertId").asText())).first();
            assertSame("GET /alerts", tree(LegacyJson.alert(stored)), a, nowNull);
        }
        System.out.println("findings and alerts: null now, absent before: " + nowNull);
    }

    @Test
    void agenciesStatsAndReviewsKeepTheirFields() throws Exception {
        JsonNode agencies = tree(given().get("/agencies").then().statusCode(200).extract().asString());
        JsonNode wusu = null;
        for (JsonNode a : agencies) {
            if ("形状测试局3".equals(a.get("agency").asText())) {
                wusu = a;
            }
        }
        assertTrue(wusu != null, agencies.toString());
        assertEquals(new TreeSet<>(List.of("agency", "reports", "years", "region", "errors", "warnings")),
                fields(wusu));
        JsonNode stats = tree(given().get("/stats").then().statusCode(200).extract().asString());
        assertEquals(new TreeSet<>(List.of("year", "status", "reports")),
                fields(stats.at("/reportsByYearAndStatus/0")));
        assertEquals(new TreeSet<>(List.of("ruleId", "severity", "findings")),
                fields(stats.at("/findingsByRuleAndSeverity/0")));
        assertEquals(new TreeSet<>(List.of("agency", "errors", "warnings", "reports")),
                fields(stats.at("/agenciesWithMostErrors/0")));
        String first = Finding.idOf(ids.get(0), "SHAPE-001", Location.table("table1"));
        JsonNode review = tree(given().queryParam("findingId", first).get("/reviews").then().statusCode(200)
                .extract().asString());
        assertEquals(new TreeSet<>(List.of("findingId", "documentId", "ruleId", "decision", "reason", "reviewer",
                "reviewedAt", "history")), fields(review));
        assertTrue(review.get("reviewedAt").asText().endsWith("Z"), review.toString());
    }

    private static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        ((ObjectNode) node).fieldNames().forEachRemaining(names::add);
        return names;
    }
}
