package ogi.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the real ingest service over HTTP with no room for any upload (as when every slot is taken
 * by uploads in flight), the MongoDB stand-in over the wire, Kafka replaced by the in-memory connector. An upload
 * past the bound is answered 503 busy with Retry-After at once, and nothing of it is published.
 */
@QuarkusTest
@TestProfile(UploadAdmissionTest.NoRoom.class)
@QuarkusTestResource(MongoStandInResource.class)
class UploadAdmissionTest {
    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.max-uploads-in-flight", "0", "ingest.busy-retry-after", "PT2S");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void anUploadPastTheBoundIsAnsweredBusyWithRetryAfterAndNotPublished() throws Exception {
        connector.sink("raw").clear();
        byte[] bytes = Files.readAllBytes(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"),
                "weibin-urban-management-2022.txt"));
        given().contentType("text/plain; charset=utf-8").queryParam("fileName", "weibin.txt").body(bytes)
                .post("/documents")
                .then().statusCode(503)
                .header("Retry-After", "2")
                .body("error", equalTo("busy"));
        assertEquals(0, connector.sink("raw").received().size(), "nothing published");
        given().get("/q/health/live").then().statusCode(200);
    }
}
