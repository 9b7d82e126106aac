package ogi.query;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: {@code /q/openapi} describes what the typed endpoints answer (the records of
 * {@code ogi.query.api}), with the properties clients read. Real application, MongoDB stand-in, no data needed.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class OpenApiShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private JsonNode api;

    @BeforeEach
    void fetch() throws Exception {
        api = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString());
    }

    /** The schema of the operation's 200 answer, references followed. */
    private JsonNode answer(String path) {
        JsonNode schema = api.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content")
                .path("application/json").path("schema");
        assertFalse(schema.isMissingNode(), "no JSON answer schema for GET " + path);
        return resolve(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = api.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        resolve(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode property(JsonNode schema, String name) {
        JsonNode p = resolve(schema).path("properties").path(name);
        assertFalse(p.isMissingNode(), "no property " + name + " in " + schema);
        return resolve(p);
    }

    private void assertHas(Set<String> names, String... expected) {
        assertTrue(names.containsAll(List.of(expected)), names + " should hold " + List.of(expected));
    }

    @Test
    void theReportListingIsAPageOfSummaries() {
        JsonNode page = answer("/reports");
        assertEquals(Set.of("items", "nextCursor"), properties(page));
        JsonNode items = property(page, "items");
        assertEquals("array", items.path("type").asText());
        Set<String> item = properties(items.get("items"));
        assertHas(item, "documentId", "status", "fileName", "agency", "region", "year", "division", "findingCounts",
                "failure", "ruleIds");
        assertFalse(item.contains("statusRank") || item.contains("report") || item.contains("_id"), item.toString());
    }

    @Test
    void aReportWholeHasItsReportAuditAndFailure() {
        JsonNode detail = answer("/reports/{id}");
        assertHas(properties(detail), "documentId", "status", "fileName", "report", "text", "audit", "failure");
        assertHas(properties(property(detail, "report")), "metadata", "sections", "table1", "table2", "table3");
        assertHas(properties(property(property(detail, "report"), "metadata")), "agency", "year");
        assertHas(properties(property(detail, "audit")), "catalogueVersion", "auditedAt", "findings", "ruleResults");
        assertHas(properties(property(property(detail, "audit"), "findings").get("items")), "findingId", "ruleId",
                "severity", "location", "cells", "review");
        assertHas(properties(property(detail, "failure")), "stage", "reason");
    }

    @Test
    void findingsAgenciesStatsAndAlertsAreDescribed() {
        JsonNode findings = answer("/findings");
        assertEquals("array", findings.path("type").asText());
        assertHas(properties(findings.get("items")), "findingId", "ruleId", "severity", "location", "documentId",
                "agency", "year", "review");
        assertHas(properties(answer("/reports/{id}/findings").get("items")), "findingId", "documentId", "review");
        assertHas(properties(answer("/agencies").get("items")), "agency", "reports", "years", "errors");
        assertHas(properties(answer("/agencies/{agency}/reports").get("items")), "documentId", "status", "year");
        assertHas(properties(answer("/stats")), "reportsByYearAndStatus", "findingsByRuleAndSeverity",
                "agenciesWithMostErrors");
        assertHas(properties(answer("/alerts").get("items")), "seq", "alertId", "documentId", "finding");
    }

    /** The answers once built as documents (a region's year, two years compared, a correction, a rebuild). */
    @Test
    void regionsComparisonsCorrectionsAndRebuildsAreDescribed() {
        JsonNode region = answer("/regions/{code}");
        assertHas(properties(region), "region", "year", "reports", "applications", "outcomes", "reviewAndLitigation",
                "findings", "agenciesRanked", "agencies");
        assertHas(properties(property(region, "agencies").get("items")), "agency", "documentId", "division",
                "errors", "warnings", "rank");
        JsonNode compared = answer("/agencies/{agency}/compare");
        assertHas(properties(compared), "agency", "from", "to", "tables", "proseReuse");
        assertHas(properties(property(compared, "tables").get("items")), "table", "title", "rows");
        assertHas(properties(schemaOf("put", "/regions/agencies/{agency}")), "agency", "division", "code",
                "reportsMoved");
        assertHas(properties(schemaOf("post", "/views/rebuild")), "rebuilt", "seconds", "running");
    }

    private JsonNode schemaOf(String method, String path) {
        JsonNode schema = api.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/200/content")
                .path("application/json").path("schema");
        assertFalse(schema.isMissingNode(), "no JSON answer schema for " + method + " " + path);
        return resolve(schema);
    }
}
