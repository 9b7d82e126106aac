package ogi.audit;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
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
        connector.source("parsed").send(new ConsumerRecord<>("ogi.reports.parsed", 0, 0L, "k", batched));

        long deadline = System.currentTimeMillis() + 10_000;
        while (audited.received().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, audited.received().size());
        String json = (String) audited.received().get(0).getPayload();
        assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.AUDIT_RESULT, json));
        AuditResultEvent result = EventJson.read(json, AuditResultEvent.class);
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("COMP-003")));
        assertEquals("0123456789abcdef0123456789abcdef", result.batchId(), "the batch is passed on");
        long alerting = result.findings().stream().filter(f -> f.severity().raisesAlert()).count();
        assertEquals(alerting, alerts.received().size());
        for (var m : alerts.received()) {
            String alert = (String) m.getPayload();
            assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.ALERT, alert));
            assertEquals(result.documentId(), EventJson.read(alert, AlertEvent.class).documentId());
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
