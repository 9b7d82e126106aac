package ogi.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RelatedReport;
import ogi.contracts.event.Severity;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: two agencies of 独山子区 (golden parsed events of the samples under their names, 2024) whose
 * audit results carry PROSE-004 findings naming each other, as the audit service publishes them; the region's
 * copying pairs list them once, with both sides' shares.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class RegionCopyingTest {
    private static final String A = "7".repeat(64);
    private static final String B = "8".repeat(64);

    @Inject
    @Any
    InMemoryConnector connector;

    private static ParsedReportEvent golden(String sample, String id, String agency) throws Exception {
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(Files.readString(Path.of(System.getProperty(
                "shared.reports.dir", "../samples/reports")).getParent().resolve("golden/" + sample + ".parsed.json")));
        tree.put("documentId", id);
        ObjectNode meta = (ObjectNode) tree.at("/report/metadata");
        meta.put("agency", agency);
        meta.putNull("agencyKey");
        meta.put("region", "独山子区");
        meta.put("year", 2024);
        return EventJson.read(tree.toString(), ParsedReportEvent.class);
    }

    private void send(String channel, String key, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, EventJson.write(event)));
    }

    private static Finding copy(String id, String other, String otherAgency, double share) {
        Location at = new Location(5, null, other, null);
        return new Finding(Finding.idOf(id, "PROSE-004", at), "PROSE-004", "across-agencies", Severity.WARNING,
                "雷同", "copied", at, "< 50%", Math.round(share * 100) + "%", List.of(),
                new RelatedReport(other, otherAgency, 2024, 5, share, List.of("信息公开方式还比较单一")));
    }

    @Test
    void theRegionListsEachCopyingPairOnceWithBothShares() throws Exception {
        String agencyA = "克拉玛依市独山子区城市管理局";
        String agencyB = "克拉玛依市独山子区市场监督管理局";
        send("parsed", A, golden("wusu-urban-management-2023", A, agencyA));
        send("parsed", B, golden("unnamed-bureau-2023", B, agencyB));
        send("audited", A, new AuditResultEvent(1, A, "t", Instant.now(), agencyA, 2024,
                List.of(copy(A, B, agencyB, 0.97))));
        send("audited", B, new AuditResultEvent(1, B, "t", Instant.now(), agencyB, 2024,
                List.of(copy(B, A, agencyA, 0.99))));
        await("both reports placed and audited").atMost(Duration.ofSeconds(30)).until(() -> given()
                .queryParam("year", 2024).get("/regions/650202").jsonPath().getInt("reports") == 2
                && given().queryParam("year", 2024).get("/regions/650202/copying").jsonPath().getInt("pairCount") == 1
                && given().queryParam("year", 2024).get("/regions/650202/copying").jsonPath()
                        .getString("pairs[0].sections[0].secondShare") != null);

        var pairs = given().queryParam("year", 2024).get("/regions/650202/copying").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("650202", pairs.getString("region.code"));
        assertEquals(A, pairs.getString("pairs[0].first.documentId"));
        assertEquals(agencyA, pairs.getString("pairs[0].first.agency"));
        assertEquals(B, pairs.getString("pairs[0].second.documentId"));
        assertEquals(agencyB, pairs.getString("pairs[0].second.agency"));
        assertEquals(1, pairs.getList("pairs[0].sections").size());
        assertEquals(5, pairs.getInt("pairs[0].sections[0].firstSection"));
        assertEquals(0.97, pairs.getDouble("pairs[0].sections[0].firstShare"), 1e-9);
        assertEquals(0.99, pairs.getDouble("pairs[0].sections[0].secondShare"), 1e-9);
        assertEquals(List.of("信息公开方式还比较单一"), pairs.getList("pairs[0].sections[0].sentences"));

        given().queryParam("year", 2024).get("/regions/65/copying").then().body("pairCount", equalTo(1));
        given().queryParam("year", 2023).get("/regions/650202/copying").then().body("pairCount", equalTo(0));
        given().queryParam("year", 2024).get("/regions/41/copying").then().body("pairCount", equalTo(0));
        given().get("/regions/650202/copying").then().statusCode(400).body("status", equalTo(400));
        given().queryParam("year", 2024).get("/regions/6x/copying").then().statusCode(400);
        given().queryParam("year", 2024).get("/regions/99/copying").then().statusCode(404);
    }
}
