package ogi.ingest;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.schema.EventSchemas;

/**
 * {@code @QuarkusTest}: the real ingest service over HTTP, the MongoDB stand-in over the wire; Kafka replaced by
 * the in-memory connector (the real broker is exercised by local-stack's end-to-end tests).
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class DocumentResourceTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<String> raw;

    @BeforeEach
    void clear() {
        raw = connector.sink("raw");
        raw.clear();
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"), name));
    }

    @Test
    void aRawBodyIsAcceptedOncePublishedAndAnsweredWithItsIdAndReportUrl() throws Exception {
        byte[] bytes = sample("dushanzi-urban-management-2021.txt");
        String id = given().contentType("text/plain; charset=utf-8").queryParam("fileName", "dushanzi.txt")
                .body(bytes).post("/documents")
                .then().statusCode(202)
                .body("documents", hasSize(1))
                .body("documents[0].status", equalTo("accepted"))
                .body("documents[0].format", equalTo("TEXT"))
                .extract().path("documents[0].documentId");
        assertEquals(64, id.length());
        given().contentType("text/plain; charset=utf-8").body(bytes).post("/documents")
                .then().statusCode(202)
                .body("documents[0].documentId", equalTo(id))
                .body("documents[0].status", equalTo("duplicate"))
                .body("documents[0].reportUrl", equalTo("http://query.example/reports/" + id));

        assertEquals(1, raw.received().size(), "the same bytes are published once");
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("ingest_documents_total{"))
                .body(org.hamcrest.Matchers.containsString("outcome=\"duplicate\""));
        String json = raw.received().get(0).getPayload();
        assertEquals(java.util.List.of(), EventSchemas.validate(EventSchemas.RAW_DOCUMENT, json));
        RawDocumentEvent event = EventJson.read(json, RawDocumentEvent.class);
        assertEquals(id, event.documentId());
        assertEquals("dushanzi.txt", event.fileName());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(event.content(), StandardCharsets.UTF_8));
    }

    @Test
    void severalFilesInOneMultipartRequest() throws Exception {
        given().multiPart("file", "wusu.txt", sample("wusu-urban-management-2023.txt"), "text/plain")
                .multiPart("file", "page.html", "<html><body><p>一、总体情况</p></body></html>".getBytes(
                        StandardCharsets.UTF_8), "text/html")
                .post("/documents")
                .then().statusCode(202)
                .body("documents", hasSize(2))
                .body("documents[0].fileName", equalTo("wusu.txt"))
                .body("documents[1].format", equalTo("HTML"));
        assertEquals(2, raw.received().size());
    }

    @Test
    void badUploadsAreRefusedWithAJsonReasonAndNothingIsPublished() {
        given().contentType("text/plain").body(new byte[0]).post("/documents")
                .then().statusCode(400).body("error", equalTo("empty-document"));
        given().contentType("image/png").body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}).post("/documents")
                .then().statusCode(415).body("error", equalTo("unsupported-type"));
        given().contentType("application/pdf").body("not a pdf".getBytes(StandardCharsets.US_ASCII))
                .post("/documents").then().statusCode(415).body("error", equalTo("content-mismatch"));
        given().contentType("application/vnd.ms-excel").body(new byte[] {1, 2, 3}).post("/documents")
                .then().statusCode(415);
        given().contentType("text/plain").body(new byte[10 * 1024 * 1024 + 1]).post("/documents")
                .then().statusCode(413).body("error", equalTo("document-too-large"));
        assertEquals(0, raw.received().size());
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
