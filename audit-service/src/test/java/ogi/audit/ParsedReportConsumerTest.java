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
        connector.source("parsed").send(new ConsumerRecord<>(Topics.PARSED, 0, 0L, "k", golden));

        Awaitility.await("the audit result of the Weibin golden event").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> !audited.received().isEmpty());
        assertEquals(1, audited.received().size());
        String json = (String) audited.received().get(0).getPayload();
        assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.AUDIT_RESULT, json));
        AuditResultEvent result = EventJson.read(json, AuditResultEvent.class);
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("COMP-003")));
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
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
