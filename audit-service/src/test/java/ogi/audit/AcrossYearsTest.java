package ogi.audit;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.Topics;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;

/**
 * {@code @QuarkusTest}: the audit service with its own collection on the MongoDB stand-in (over the wire); Kafka
 * replaced by the in-memory connector. A Dushanzi 2022 report arrives before the agency's 2021 report; when 2021
 * arrives, 2022 is checked again against it.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class AcrossYearsTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private List<AuditResultEvent> results(InMemorySink<String> sink, String documentId) {
        return sink.received().stream().map(m -> EventJson.read(m.getPayload(), AuditResultEvent.class))
                .filter(r -> r.documentId().equals(documentId)).toList();
    }

    private void await(InMemorySink<String> sink, String documentId, int count) {
        Awaitility.await(count + " audit result(s) of " + documentId).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> results(sink, documentId).size() >= count);
    }

    private void send(ParsedReportEvent e) {
        connector.source("parsed").send(Polls.of(new ConsumerRecord<>(Topics.PARSED, 0, 0L, e.documentId(),
                TestReports.json(e))));
    }

    @Test
    void aReportArrivingBeforeItsPredecessorIsCheckedAgainWhenThePredecessorArrives() throws Exception {
        InMemorySink<String> audited = connector.sink("audited");
        audited.clear();
        ParsedReportEvent y2021 = TestReports.withCell(TestReports.golden("dushanzi-urban-management-2021"),
                "table2", "carried_forward", "natural_person", "2");
        ParsedReportEvent y2022 = TestReports.asYear(TestReports.golden("dushanzi-urban-management-2021"),
                "d".repeat(64), 2022);

        send(y2022);
        await(audited, y2022.documentId(), 1);
        assertTrue(results(audited, y2022.documentId()).get(0).findings().stream()
                .noneMatch(f -> f.ruleId().startsWith("YEAR-")), "no predecessor yet, nothing to compare");

        send(y2021);
        await(audited, y2022.documentId(), 2);
        List<AuditResultEvent> again = results(audited, y2022.documentId());
        assertEquals(2, again.size(), "2022 is audited again once 2021 is there");
        assertTrue(again.get(1).findings().stream().anyMatch(f -> f.ruleId().equals("YEAR-001")
                && "natural_person".equals(f.location().column()) && "2".equals(f.expected())));

        int before = audited.received().size();
        given().post("/audits/reaudit").then().statusCode(200).body("reaudited", greaterThanOrEqualTo(2));
        assertTrue(audited.received().size() >= before + 2, "every report seen is audited again");
        assertEquals(again.get(1).findings().stream().map(f -> f.findingId()).toList(),
                results(audited, y2022.documentId()).get(2).findings().stream().map(f -> f.findingId()).toList(),
                "a re-audit gives the same finding ids, so it replaces rather than duplicates");
    }

    @Test
    void oneAgencyNamedWithOrWithoutItsPrefectureIsOneSeries() throws Exception {
        InMemorySink<String> audited = connector.sink("audited");
        audited.clear();
        ParsedReportEvent golden = TestReports.golden("dushanzi-urban-management-2021");
        assertEquals("650202:城市管理局", golden.report().metadata().agencyKey());
        ParsedReportEvent y2023 = TestReports.withCell(TestReports.asYear(golden, "7".repeat(64), 2023,
                "独山子区城市管理局"), "table2", "carried_forward", "natural_person", "3");
        ParsedReportEvent y2024 = TestReports.asYear(golden, "8".repeat(64), 2024, "克拉玛依市独山子区城市管理局");

        send(y2023);
        await(audited, y2023.documentId(), 1);
        send(y2024);
        await(audited, y2024.documentId(), 1);
        AuditResultEvent result = results(audited, y2024.documentId()).get(0);
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("YEAR-001")
                && "natural_person".equals(f.location().column()) && "3".equals(f.expected())),
                "2024's report, under the longer name, is compared with 2023's: " + result.findings());
    }

    @Test
    void aPollWithAnAgencysTwoYearsAuditsEachOnceTheLaterAgainstTheEarlierAndDeadLettersOnlyItsBadRecord()
            throws Exception {
        InMemorySink<String> audited = connector.sink("audited");
        InMemorySink<byte[]> rejected = connector.sink("rejected");
        audited.clear();
        rejected.clear();
        ParsedReportEvent golden = TestReports.golden("dushanzi-urban-management-2021");
        ParsedReportEvent y2025 = TestReports.withCell(TestReports.asYear(golden, "9".repeat(64), 2025,
                "独山子区城市管理局"), "table2", "carried_forward", "natural_person", "4");
        ParsedReportEvent y2026 = TestReports.asYear(golden, "a".repeat(64), 2026, "独山子区城市管理局");

        connector.source("parsed").send(Polls.of(
                new ConsumerRecord<>(Topics.PARSED, 1, 10L, y2026.documentId(), TestReports.json(y2026)),
                new ConsumerRecord<>(Topics.PARSED, 1, 11L, "bad", "not json"),
                new ConsumerRecord<>(Topics.PARSED, 1, 12L, y2025.documentId(), TestReports.json(y2025))));

        await(audited, y2025.documentId(), 1);
        await(audited, y2026.documentId(), 1);
        List<AuditResultEvent> later = results(audited, y2026.documentId());
        assertEquals(1, later.size(), "2026 is in the same poll as 2025: audited once, with 2025 already there");
        assertTrue(later.get(0).findings().stream().anyMatch(f -> f.ruleId().equals("YEAR-001")
                && "natural_person".equals(f.location().column()) && "4".equals(f.expected())),
                "2026 compared with 2025: " + later.get(0).findings());
        assertEquals(1, results(audited, y2025.documentId()).size());
        Awaitility.await("the bad record on the dead-letter topic").atMost(Duration.ofSeconds(10))
                .until(() -> !rejected.received().isEmpty());
        assertEquals(1, rejected.received().size(), "only the bad record is dead-lettered");
        var dead = rejected.received().get(0);
        assertEquals("not json", new String(dead.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
        var meta = dead.getMetadata(io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertEquals("bad", meta.getKey());
        assertEquals("11", new String(meta.getHeaders().lastHeader("dead-letter-offset").value(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Topics.PARSED, new String(meta.getHeaders().lastHeader("dead-letter-topic").value(),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
