package ogi.query;

import static org.awaitility.Awaitility.await;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.EventJson;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: one agency's two years side by side. The Dushanzi 2021 sample (golden parsed event) and the
 * same report as 2022 with two cells changed: every cell with its change, and the 2022 prose 100% reused.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class CompareTest {
    private static final String AGENCY = "独山子区城市管理局（对比）";

    @Inject
    @Any
    InMemoryConnector connector;

    private ObjectNode golden() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/dushanzi-urban-management-2021.parsed.json"));
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(json);
        ((ObjectNode) event.at("/report/metadata")).put("agency", AGENCY);
        return event;
    }

    private void send(ObjectNode event) {
        Polls.send(connector, "parsed", new ConsumerRecord<>("t", 0, 0L, event.get("documentId").asText(),
                event.toString()));
    }

    @Test
    void twoYearsSideBySideWithTheChangeOfEveryCellAndTheProseReused() throws Exception {
        ObjectNode y2021 = golden();
        y2021.put("documentId", "c".repeat(63) + "1");
        ObjectNode y2022 = golden();
        y2022.put("documentId", "c".repeat(63) + "2");
        ((ObjectNode) y2022.at("/report/metadata")).put("year", 2022);
        ((ObjectNode) y2022.at("/report/table1/rows/0/cells/issued")).put("value", 3).put("raw", "3");
        ((ObjectNode) y2022.at("/report/table1/rows/0/cells/in_force")).put("value", 3).put("raw", "3");
        send(y2021);
        send(y2022);
        await("the agency's two reports stored").atMost(Duration.ofSeconds(10)).until(() -> {
            var series = given().get("/agencies/" + AGENCY + "/reports");
            return series.statusCode() == 200 && series.jsonPath().getList("$").size() == 2;
        });

        var answer = given().queryParam("from", 2021).queryParam("to", 2022).get("/agencies/" + AGENCY + "/compare")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("c".repeat(63) + "1", answer.getString("from.documentId"));
        assertEquals(3, answer.getList("tables").size());
        String issued = "tables.find { it.table == 'table1' }.rows.find { it.row == 'regulations' }.cells"
                + ".find { it.column == 'issued' }";
        assertEquals(0, answer.getInt(issued + ".from"));
        assertEquals(3, answer.getInt(issued + ".to"));
        assertEquals(3, answer.getInt(issued + ".change"));
        String repealed = issued.replace("'issued'", "'repealed'");
        assertEquals(0, answer.getInt(repealed + ".change"));
        assertEquals(1.0, answer.getDouble("proseReuse.overall"), 0.0001);
        assertEquals(6, answer.getList("proseReuse.sections").size());

        given().queryParam("to", 2022).get("/agencies/" + AGENCY + "/compare").then().statusCode(200)
                .body("from.year", equalTo(2021));
        given().queryParam("from", 2020).queryParam("to", 2022).get("/agencies/" + AGENCY + "/compare").then()
                .statusCode(404).body("error", equalTo("not-found"));
        given().queryParam("from", 2022).queryParam("to", 2021).get("/agencies/" + AGENCY + "/compare").then()
                .statusCode(400);
        given().get("/agencies/" + AGENCY + "/compare").then().statusCode(400);
    }
}
