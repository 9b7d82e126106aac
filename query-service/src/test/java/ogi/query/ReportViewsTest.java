package ogi.query;

import java.time.Duration;
import org.awaitility.Awaitility;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.Severity;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the entries the comparison and the region rollups read (agency_years, region_entries) follow
 * their reports: an audit before the parse, a re-parse that changes the year, an older refresh arriving after a newer
 * one, and reports loaded straight into MongoDB, picked up by {@code POST /views/rebuild} without duplicates.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ReportViewsTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MongoClient mongo;

    private static ObjectNode wusu(String documentId, String agency, int year) throws Exception {
        String json = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/wusu-urban-management-2023.parsed.json"));
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(json);
        event.put("documentId", documentId);
        ((ObjectNode) event.at("/report/metadata")).put("agency", agency).put("year", year);
        return event;
    }

    private void parsed(ObjectNode event) {
        Polls.send(connector, "parsed", new ConsumerRecord<>("t", 0, 0L, event.get("documentId").asText(),
                event.toString()));
    }

    private void audited(String documentId, String agency, int year, int errors) {
        Location at = Location.table("table2");
        List<Finding> findings = java.util.stream.IntStream.range(0, errors).mapToObj(i -> new Finding(
                Finding.idOf(documentId, "ARITH-00" + (i + 1), at), "ARITH-00" + (i + 1), "test", Severity.ERROR,
                "中文", "English", at, "1", "0", List.of())).toList();
        Polls.send(connector, "audited", new ConsumerRecord<>("t", 0, 0L, documentId, EventJson.write(
                new AuditResultEvent(1, documentId, "t", Instant.now(), agency, year, findings))));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getDatabase("ogi").getCollection(name);
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
    }

    /** The agency-years that list the document. */
    private List<String> agencyYearsOf(String documentId) {
        return collection("agency_years").find().into(new java.util.ArrayList<>()).stream()
                .filter(d -> d.get("documents", Document.class) != null
                        && d.get("documents", Document.class).containsKey(documentId))
                .map(d -> d.getString("_id")).toList();
    }

    private static int rollupReports(String code, int year) {
        return given().queryParam("year", year).get("/regions/" + code).then().statusCode(200).extract().jsonPath()
                .getInt("reports");
    }

    @Test
    void anAuditBeforeItsParseEndsInTheRollupWithItsErrors() throws Exception {
        String id = "e".repeat(63) + "1";
        String agency = "乌苏市视图测试局甲";
        audited(id, agency, 2031, 2);
        await("the audit stored", () -> collection("reports").find(Filters.eq("_id", id)).first() != null);
        parsed(wusu(id, agency, 2031));
        await("the report placed", () -> rollupReports("654202", 2031) == 1);
        var rollup = given().queryParam("year", 2031).get("/regions/65").then().extract().jsonPath();
        assertEquals(2, rollup.getInt("findings.error"));
        assertEquals(agency, rollup.getString("agencies[0].agency"));
        assertEquals(2, rollup.getInt("agencies[0].errors"));
    }

    @Test
    void aReparseThatChangesTheYearMovesTheEntries() throws Exception {
        String id = "e".repeat(63) + "2";
        String agency = "乌苏市视图测试局乙";
        parsed(wusu(id, agency, 2032));
        await("stored for 2032", () -> rollupReports("6542", 2032) == 1);
        assertEquals(List.of(agency + "|2032"), agencyYearsOf(id));

        parsed(wusu(id, agency, 2033));
        await("moved to 2033", () -> rollupReports("6542", 2033) == 1);
        assertEquals(0, rollupReports("6542", 2032), "no longer counted in 2032");
        given().queryParam("from", 2032).queryParam("to", 2033).get("/agencies/" + agency + "/compare").then()
                .statusCode(404);
        assertEquals(List.of(agency + "|2033"), agencyYearsOf(id));
    }

    @Test
    void anOlderRefreshDoesNotReplaceANewerEntry() throws Exception {
        String id = "e".repeat(63) + "3";
        String agency = "乌苏市视图测试局丙";
        parsed(wusu(id, agency, 2034));
        String key = "2034|654202|" + id;
        await("entered", () -> collection("region_entries").find(Filters.eq("_id", key)).first() != null);
        // as if another query-service instance had already written the entry of a later revision
        collection("region_entries").updateOne(Filters.eq("_id", key),
                Updates.combine(Updates.set("revision", 99), Updates.set("agency", "later")));

        audited(id, agency, 2034, 1);
        await("the audit stored", () -> collection("reports").find(Filters.eq("_id", id)).first()
                .get("findingCounts") != null);
        Document entry = collection("region_entries").find(Filters.eq("_id", key)).first();
        assertEquals(99, entry.getInteger("revision"));
        assertEquals("later", entry.getString("agency"), "the older state did not overwrite the newer");

        collection("region_entries").updateOne(Filters.eq("_id", key), Updates.set("revision", 0));
        audited(id, agency, 2034, 1);
        await("refreshed by the next write", () -> agency.equals(
                collection("region_entries").find(Filters.eq("_id", key)).first().getString("agency")));
        assertEquals(1, ((Number) collection("region_entries").find(Filters.eq("_id", key)).first()
                .get("findings", Document.class).get("error")).intValue());
    }

    @Test
    void reportsLoadedStraightIntoMongoAreFoundAfterARebuildOnce() throws Exception {
        String agency = "乌苏市视图测试局丁";
        List<String> ids = List.of("e".repeat(63) + "4", "e".repeat(63) + "5");
        for (int i = 0; i < 2; i++) {
            Document report = Document.parse(wusu(ids.get(i), agency, 2035 + i).get("report").toString());
            collection("reports").insertOne(new Document("_id", ids.get(i)).append("agency", agency)
                    .append("year", 2035 + i).append("statusRank", 4).append("report", report)
                    .append("findingCounts", new Document("error", 3).append("warning", 0).append("info", 0))
                    .append("division", new Document("code", "654202")
                            .append("path", "新疆维吾尔自治区 / 塔城地区 / 乌苏市")));
        }
        assertEquals(0, rollupReports("654202", 2035), "not entered yet");
        given().get("/agencies/" + agency + "/compare?from=2035&to=2036").then().statusCode(404);

        for (int run = 0; run < 2; run++) {
            given().post("/views/rebuild").then().statusCode(200);
        }
        var rollup = given().queryParam("year", 2035).get("/regions/6542").then().extract().jsonPath();
        assertEquals(1, rollup.getInt("reports"), "entered once, however often rebuilt");
        assertEquals(3, rollup.getInt("findings.error"));
        assertEquals(ids.get(1), given().get("/agencies/" + agency + "/compare?from=2035&to=2036").then()
                .statusCode(200).extract().jsonPath().getString("to.documentId"));
        String id = ids.get(0);
        assertNull(given().get("/reports/" + id).jsonPath().get("viewKeys"), "internal keys stay out of the API");
    }
}
