package ogi.audit;

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
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import ogi.audit.copying.CopyReports;
import ogi.contracts.Topics;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.schema.EventSchemas;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the audit service through its consumer, with its copy index on the MongoDB stand-in (over the
 * wire); Kafka replaced by the in-memory connector. Input: Wusu's 2023 report and the unnamed bureau's 2023 report as
 * another Wusu bureau's with Wusu's section 五 copied in (golden parsed events).
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class CopyingAcrossAgenciesTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private List<AuditResultEvent> results(InMemorySink<String> sink, String documentId) {
        return sink.received().stream().map(m -> m.getPayload())
                .map(json -> EventJson.read(json, AuditResultEvent.class))
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

    private static List<Finding> copying(AuditResultEvent r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("PROSE-004")).toList();
    }

    @Test
    void aCopiedSectionIsFoundInBothReportsOnceAndAReplayChangesNothing() {
        InMemorySink<String> audited = connector.sink("audited");
        audited.clear();
        ParsedReportEvent[] pair = CopyReports.copiedPair();
        ParsedReportEvent a = CopyReports.edit(pair[0], t -> t.put("documentId", "1".repeat(64)));
        ParsedReportEvent b = CopyReports.edit(pair[1], t -> t.put("documentId", "2".repeat(64)));

        send(a);
        await(audited, a.documentId(), 1);
        assertEquals(List.of(), copying(results(audited, a.documentId()).get(0)), "nothing to copy from yet");

        send(b);
        await(audited, b.documentId(), 1);
        await(audited, a.documentId(), 2);
        List<Finding> inB = copying(results(audited, b.documentId()).get(0));
        assertEquals(1, inB.size(), "B's section 五 names A: " + inB);
        assertEquals(5, inB.get(0).location().section());
        assertEquals(a.documentId(), inB.get(0).related().documentId());
        assertEquals("乌苏市城市管理局", inB.get(0).related().agency());
        assertEquals(2023, inB.get(0).related().year());
        assertTrue(inB.get(0).related().share() > 0.95);
        assertTrue(!inB.get(0).related().sentences().isEmpty());
        List<Finding> inA = copying(results(audited, a.documentId()).get(1));
        assertEquals(1, inA.size(), "A, audited again, names B: " + inA);
        assertEquals(b.documentId(), inA.get(0).related().documentId());
        assertEquals("乌苏市市场监督管理局", inA.get(0).related().agency());
        String json = audited.received().stream().map(m -> m.getPayload())
                .filter(p -> p.contains(a.documentId()) && p.contains("PROSE-004")).findFirst().orElseThrow();
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.AUDIT_RESULT, json));

        send(b);
        send(a);
        await(audited, b.documentId(), 2);
        await(audited, a.documentId(), 3);
        Awaitility.await().pollDelay(Duration.ofMillis(500)).until(() -> true);
        assertEquals(2, results(audited, b.documentId()).size(), "the replay of B is audited, A is not again");
        assertEquals(3, results(audited, a.documentId()).size(), "the replay of A is audited, B is not again");
        assertEquals(inB.stream().map(Finding::findingId).toList(),
                copying(results(audited, b.documentId()).get(1)).stream().map(Finding::findingId).toList(),
                "the same finding, not a second one");
        assertEquals(inA.stream().map(Finding::findingId).toList(),
                copying(results(audited, a.documentId()).get(2)).stream().map(Finding::findingId).toList());
    }

    @Test
    void aReuploadOfTheSameDocumentAndTheSameAgencyAreNotCopying() {
        InMemorySink<String> audited = connector.sink("audited");
        audited.clear();
        ParsedReportEvent wusu = CopyReports.as("wusu-urban-management-2023", "3".repeat(64), "乌苏市城市管理局",
                "654202:城市管理局", 2021);
        ParsedReportEvent sameAgency = CopyReports.as("wusu-urban-management-2023", "4".repeat(64),
                "塔城地区乌苏市城市管理局", "654202:城市管理局", 2021);
        send(wusu);
        await(audited, wusu.documentId(), 1);
        send(wusu);
        send(sameAgency);
        await(audited, wusu.documentId(), 2);
        await(audited, sameAgency.documentId(), 1);
        assertEquals(List.of(), copying(results(audited, sameAgency.documentId()).get(0)));
        assertTrue(results(audited, wusu.documentId()).stream().allMatch(r -> copying(r).isEmpty()));
    }
}
