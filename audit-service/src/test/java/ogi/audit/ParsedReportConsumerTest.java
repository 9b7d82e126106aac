package ogi.audit;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import ogi.contracts.Topics;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.schema.EventSchemas;

/**
 * {@code @QuarkusTest}: the real audit service with SmallRye's in-memory connector in place of Kafka. Input: the
 * golden parsed event of the Weibin sample.
 */
@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(MongoStandInResource.class)
class ParsedReportConsumerTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void aParsedReportGivesOneAuditResultAndOneAlertPerWarningOrError() throws Exception {
        String golden = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/weibin-urban-management-2022.parsed.json"));
        var audited = connector.sink("audited");
        var alerts = connector.sink("alerts");
        audited.clear();
        alerts.clear();
        String batched = golden.replaceFirst("\\{", "{\"batchId\":\"0123456789abcdef0123456789abcdef\",");
        connector.source("parsed").send(Polls.of(new ConsumerRecord<>(Topics.PARSED, 0, 0L, "k", batched)));

        Awaitility.await("the audit result of the Weibin golden event").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> !audited.received().isEmpty());
        assertEquals(1, audited.received().size());
        String json = (String) audited.received().get(0).getPayload();
        assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.AUDIT_RESULT, json));
        AuditResultEvent result = EventJson.read(json, AuditResultEvent.class);
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("COMP-003")));
        assertEquals("0123456789abcdef0123456789abcdef", result.batchId(), "the batch is passed on");
        long alerting = result.findings().stream().filter(f -> f.severity().raisesAlert()).count();
        // this report's alerts: an earlier test's late alerts (another document) may share the sink
        java.util.List<String> mine = Awaitility.await(alerting + " alerts of " + result.documentId())
                .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> alerts.received().stream().map(m -> (String) m.getPayload())
                        .filter(a -> EventJson.read(a, AlertEvent.class).documentId().equals(result.documentId()))
                        .toList(), l -> l.size() >= alerting);
        assertEquals(alerting, mine.size());
        for (String alert : mine) {
            assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.ALERT, alert));
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("audit_reports_total{"))
                .body(org.hamcrest.Matchers.containsString("audit_findings_total{"))
                .body(org.hamcrest.Matchers.containsString("rule=\"COMP-003\""))
                .body(org.hamcrest.Matchers.containsString("audit_duration_seconds_count"));
    }

    @Test
    void theCatalogueIsServedWithIdsSeveritiesAndBothLanguages() {
        given().get("/rules").then().statusCode(200)
                .body("version", equalTo(ogi.audit.rules.RuleCatalogue.VERSION))
                .body("rules.id", hasItems("COMP-003", "ARITH-001", "PROSE-001"))
                .body("rules.find { it.id == 'ARITH-001' }.descriptionZh", equalTo(
                        "申请情况表不平衡：本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度"));
    }

    @Test
    void aFindingAReviewerDismissedRaisesNoAlertWhenTheReportIsAuditedAgain() throws Exception {
        String golden = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/wusu-urban-management-2023.parsed.json"));
        String id = EventJson.read(golden, ogi.contracts.event.ParsedReportEvent.class).documentId();
        var audited = connector.sink("audited");
        var alerts = connector.sink("alerts");
        audited.clear();
        alerts.clear();
        // other tests' reports share the store, and a report of theirs may be audited again beside this one (its
        // successor, a report it shares a section with): only this document's messages are counted
        connector.source("parsed").send(Polls.of(new ConsumerRecord<>("ogi.reports.parsed", 0, 0L, "k", golden)));
        AuditResultEvent result = Awaitility.await("the audit result of " + id).atMost(Duration.ofSeconds(10))
                .until(() -> resultsOf(audited, id), l -> !l.isEmpty()).get(0);
        java.util.List<String> alerting = result.findings().stream().filter(f -> f.severity().raisesAlert())
                .map(f -> f.findingId()).toList();
        assertTrue(alerting.size() >= 2, "the sample raises alerts: " + alerting);
        Awaitility.await(alerting.size() + " alerts of " + id).atMost(Duration.ofSeconds(10))
                .until(() -> alertsOf(alerts, id).size() >= alerting.size());
        assertEquals(alerting.size(), alertsOf(alerts, id).size());

        String dismissedId = alerting.get(0);
        connector.source("reviews").send(new ConsumerRecord<>("ogi.audit.reviews", 0, 0L, result.documentId(),
                EventJson.write(new ogi.contracts.event.ReviewEvent(ogi.contracts.event.EventTypes.SCHEMA_VERSION,
                        dismissedId, result.documentId(), dismissedId.split(":")[1],
                        ogi.contracts.event.ReviewDecision.DISMISSED, "本年度确无相关事项", "reviewer",
                        java.time.Instant.now()))));
        // the review is applied on its own channel: audit again until the dismissal is seen
        Awaitility.await("a re-audit after the dismissal raises every alert but the dismissed finding's")
                .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    audited.clear();
                    alerts.clear();
                    connector.source("parsed").send(Polls.of(new ConsumerRecord<>("ogi.reports.parsed", 0, 1L, "k",
                            golden)));
                    Awaitility.await("the audit result of " + id).atMost(Duration.ofSeconds(10))
                            .until(() -> resultsOf(audited, id).size() >= 1);
                    Awaitility.await((alerting.size() - 1) + " alerts of " + id).atMost(Duration.ofSeconds(10))
                            .until(() -> alertsOf(alerts, id).size() >= alerting.size() - 1);
                    // a fixed wait is the check here: the dismissed finding's alert, if raised, arrives within it
                    Thread.sleep(200);
                    java.util.List<String> raised = alertsOf(alerts, id);
                    assertEquals(alerting.size() - 1, raised.size(), "one alert fewer: " + raised);
                    assertTrue(!raised.contains(dismissedId), "no alert of the dismissed finding: " + raised);
                    assertTrue(raised.containsAll(alerting.subList(1, alerting.size())), "the others: " + raised);
                });
    }

    private static java.util.List<AuditResultEvent> resultsOf(InMemorySink<?> sink, String documentId) {
        return sink.received().stream().map(m -> EventJson.read((String) m.getPayload(), AuditResultEvent.class))
                .filter(r -> r.documentId().equals(documentId)).toList();
    }

    private static java.util.List<String> alertsOf(InMemorySink<?> sink, String documentId) {
        return sink.received().stream().map(m -> EventJson.read((String) m.getPayload(), AlertEvent.class))
                .filter(a -> a.documentId().equals(documentId)).map(AlertEvent::alertId).toList();
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
