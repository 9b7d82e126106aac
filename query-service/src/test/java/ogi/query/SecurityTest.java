package ogi.query;

import ogi.testsupport.MongoStandInResource;
import ogi.testsupport.SecuredProfile;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code @QuarkusTest} with API keys on: every data endpoint needs the read role (header, bearer token, or for GET
 * the dashboard's cookie); the dashboard's static files, health and metrics are open.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(MongoStandInResource.class)
class SecurityTest {
    @Test
    void everyDataEndpointNeedsTheReadRole() {
        for (String path : List.of("/reports", "/findings", "/agencies", "/stats", "/export/reports.csv",
                "/export/findings.csv", "/alerts", "/template", "/reports/" + "0".repeat(64))) {
            given().get(path).then().statusCode(401);
            given().header("X-API-Key", "wrong-key-000000000000").get(path).then().statusCode(401);
            int status = given().header("X-API-Key", SecuredProfile.READER).get(path).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 404, path + " -> " + status);
        }
        given().cookie("ogi_api_key", SecuredProfile.READER).get("/stats").then().statusCode(200);
        given().header("Authorization", "Bearer " + SecuredProfile.READER).get("/stats").then().statusCode(200);
    }

    @Test
    void reviewingAFindingNeedsTheWriteRole() {
        String path = "/reviews";
        String body = "{\"findingId\":\"" + "0".repeat(64) + ":COMP-003:/table1//\",\"decision\":\"confirmed\"}";
        given().contentType("application/json").body(body).post(path).then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.READER).contentType("application/json").body(body).post(path)
                .then().statusCode(403);
        given().cookie("ogi_api_key", SecuredProfile.WRITER).contentType("application/json").body(body).post(path)
                .then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.WRITER).contentType("application/json").body(body).post(path)
                .then().statusCode(404);
    }

    @Test
    void theDashboardPageHealthAndMetricsAreOpen() {
        given().get("/").then().statusCode(200);
        given().get("/dashboard.js").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
