package ogi.ingest;

import ogi.testsupport.MongoStandInResource;
import ogi.testsupport.SecuredProfile;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@code @QuarkusTest} with API keys on: writing needs the write role; health and metrics stay open. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(MongoStandInResource.class)
class SecurityTest {
    private static final byte[] TEXT = "一、总体情况\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void uploadsNeedAKeyWithTheWriteRole() {
        given().contentType("text/plain").body(TEXT).post("/documents").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("ApiKey"));
        given().header("X-API-Key", "not-a-key-at-all-000").contentType("text/plain").body(TEXT).post("/documents")
                .then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.READER).contentType("text/plain").body(TEXT).post("/documents")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + SecuredProfile.WRITER).contentType("text/plain").body(TEXT)
                .post("/documents").then().statusCode(202);
    }

    @Test
    void aRefusedUploadIsRefusedBeforeItsBodyIsRead() {
        // 20 MB without a key: refused by the path policy (401), not by the body limit or the size check
        given().contentType("text/plain").body(new byte[20 * 1024 * 1024]).post("/documents").then().statusCode(401);
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
