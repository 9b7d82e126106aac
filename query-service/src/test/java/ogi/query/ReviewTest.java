package ogi.query;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ReviewEvent;
import ogi.contracts.event.Severity;
import ogi.contracts.schema.EventSchemas;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: reviewing findings over the MongoDB stand-in, events through the in-memory connector. A
 * decision is stored with who and when, kept across a re-audit, published on the reviews channel in the contract's
 * schema, and a dismissed finding's alert leaves the feed and stays out when the alert comes again.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ReviewTest {
    private static final String DOC = "a".repeat(63) + "1";

    @Inject
    @Any
    InMemoryConnector connector;

    private static Finding finding(String rule, Severity severity, Location at) {
        return new Finding(Finding.idOf(DOC, rule, at), rule, "test", severity, "中文 " + rule, "English " + rule, at,
                "1", "=0", List.of(at));
    }

    private void send(String channel, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, DOC, EventJson.write(event)));
    }

    private void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
    }

    /** The JSON of a review request: the finding id added to the decision's fields. */
    private static String review(String findingId, String fields) {
        return "{\"findingId\":\"" + findingId + "\"," + fields.substring(1);
    }

    /** Alerts in the feed of this test's document (other test classes share the application and its store). */
    private static int alertsOfTheDocument() {
        return given().get("/alerts").jsonPath().getList("findAll { it.documentId == '" + DOC + "' }").size();
    }

    @Test
    void aDecisionIsStoredPublishedKeptAcrossReAuditsAndADismissalSilencesTheAlert() throws Exception {
        Finding error = finding("COMP-003", Severity.ERROR, Location.table("table1"));
        Finding warning = finding("PROSE-001", Severity.WARNING, Location.cell("table2", "new_applications", null));
        send("audited", new AuditResultEvent(1, DOC, "t1", Instant.parse("2026-01-01T00:00:00Z"), "某局", 2023,
                List.of(error, warning)));
        send("alerts", new AlertEvent(1, error.findingId(), DOC, "某局", 2023, "t1", Instant.now(), error));
        await(() -> {
            var r = given().get("/reports/" + DOC + "/findings");
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() == 2;
        }, "findings");
        await(() -> alertsOfTheDocument() == 1, "the alert");

        given().contentType(ContentType.JSON).body(review(error.findingId(), "{\"decision\":\"dismissed\"}"))
                .post("/reviews").then().statusCode(400)
                .body("message", equalTo("a dismissal needs a reason"));
        given().contentType(ContentType.JSON).body(review(error.findingId(), "{\"decision\":\"maybe\",\"reason\":\"x\"}"))
                .post("/reviews").then().statusCode(400);
        given().contentType(ContentType.JSON).body(review(DOC + ":NOPE-001:table1", "{\"decision\":\"confirmed\"}"))
                .post("/reviews").then().statusCode(404);

        given().contentType(ContentType.JSON).body(review(error.findingId(), "{\"decision\":\"dismissed\",\"reason\":\"本单位无此类申请，表格为空属实\"}"))
                .post("/reviews").then().statusCode(200)
                .body("decision", equalTo("DISMISSED")).body("reviewer", equalTo("development"))
                .body("history", hasSize(1));

        var published = connector.sink("reviews").received();
        assertEquals(1, published.size());
        Message<?> message = published.get(0);
        String json = (String) message.getPayload();
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.REVIEW, json), "the event follows its schema");
        ReviewEvent event = EventJson.read(json, ReviewEvent.class);
        assertEquals(error.findingId(), event.findingId());
        assertEquals("COMP-003", event.ruleId());

        assertEquals(0, alertsOfTheDocument());
        // the same alert again (a redelivery or a re-audit by an audit service that had not seen the review yet)
        send("alerts", new AlertEvent(1, error.findingId(), DOC, "某局", 2023, "t2", Instant.now(), error));
        Awaitility.await("the dismissed finding's alert stays out of the feed").during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5)).until(() -> alertsOfTheDocument() == 0);

        // a re-audit with the same findings: the decision stays with the finding
        send("audited", new AuditResultEvent(1, DOC, "t2", Instant.parse("2026-02-01T00:00:00Z"), "某局", 2023,
                List.of(error, warning)));
        await(() -> "t2".equals(given().get("/reports/" + DOC).jsonPath().getString("audit.catalogueVersion")),
                "the re-audit stored");
        var report = given().get("/reports/" + DOC).jsonPath();
        assertEquals("DISMISSED", report.getString("audit.findings.find { it.ruleId == 'COMP-003' }.review.decision"));
        var findings = given().get("/reports/" + DOC + "/findings").jsonPath();
        assertEquals("DISMISSED", findings.getString("find { it.ruleId == 'COMP-003' }.review.decision"));
        assertTrue(findings.getString("find { it.ruleId == 'PROSE-001' }.review") == null);
        given().get("/findings?documentId=" + DOC + "&rule=COMP-003").then()
                .body("[0].review.reason", equalTo("本单位无此类申请，表格为空属实"));

        given().contentType(ContentType.JSON).body(review(error.findingId(), "{\"decision\":\"confirmed\",\"reason\":\"复核后确认\"}"))
                .post("/reviews").then().statusCode(200)
                .body("decision", equalTo("CONFIRMED")).body("history", hasSize(2));
        given().queryParam("findingId", error.findingId()).get("/reviews").then().body("decision", equalTo("CONFIRMED"));
        assertEquals(1, alertsOfTheDocument());
        given().queryParam("findingId", warning.findingId()).get("/reviews").then().statusCode(404).body("error",
                equalTo("not-found"));
        given().get("/reports/" + DOC).then().body("audit.findings.find { it.ruleId == 'PROSE-001' }.review",
                nullValue());
    }
}
