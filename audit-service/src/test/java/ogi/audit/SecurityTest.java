package ogi.audit;

import ogi.testsupport.MongoStandInResource;
import ogi.testsupport.SecuredProfile;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@code @QuarkusTest} with API keys on: the catalogue needs read, a re-audit needs write. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(MongoStandInResource.class)
class SecurityTest {
    @Test
    void theCatalogueNeedsReadAndAReauditNeedsWrite() {
        given().get("/rules").then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.READER).get("/rules").then().statusCode(200);
        given().header("X-API-Key", SecuredProfile.READER).post("/audits/reaudit").then().statusCode(403);
        given().header("X-API-Key", SecuredProfile.WRITER).post("/audits/reaudit").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
