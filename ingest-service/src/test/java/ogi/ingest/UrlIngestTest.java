package ogi.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentEvent;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: ingest by URL from a real local HTTP server (JDK HttpServer on loopback), with private
 * addresses allowed by this test's profile, as a closed network would set it. The refusal of private addresses
 * under the default setting is {@link UrlIngestRefusalTest}.
 */
@QuarkusTest
@TestProfile(UrlIngestTest.AllowPrivate.class)
@QuarkusTestResource(MongoStandInResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrlIngestTest {
    public static class AllowPrivate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.url-allow-private", "true");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    private HttpServer server;
    private String base;

    @BeforeAll
    void serve() throws Exception {
        byte[] report = Files.readAllBytes(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"),
                "weibin-urban-management-2022.txt"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/reports/weibin.txt", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, report.length);
            ex.getResponseBody().write(report);
            ex.close();
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/reports/weibin.txt");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/huge.txt", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 11; i++) {
                ex.getResponseBody().write(chunk);
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    void stop() {
        server.stop(0);
    }

    @Test
    void aFetchedDocumentTakesTheUploadPathWithItsUrlRecorded() {
        var raw = connector.<String>sink("raw");
        raw.clear();
        given().contentType("application/json").body("{\"url\": \"" + base + "/moved\"}").post("/documents")
                .then().statusCode(202)
                .body("documents[0].fileName", equalTo("weibin.txt"))
                .body("documents[0].format", equalTo("TEXT"));
        RawDocumentEvent event = EventJson.read(raw.received().get(0).getPayload(), RawDocumentEvent.class);
        assertEquals(base + "/reports/weibin.txt", event.sourceUrl());
    }

    @Test
    void upstreamErrorsAndOversizeAreRefusedWithAReason() {
        given().contentType("application/json").body("{\"url\": \"" + base + "/missing\"}").post("/documents")
                .then().statusCode(502).body("error", equalTo("fetch-failed"));
        given().contentType("application/json").body("{\"url\": \"" + base + "/huge.txt\"}").post("/documents")
                .then().statusCode(413).body("error", equalTo("document-too-large"));
        given().contentType("application/json").body("{\"url\": \"ftp://example.org/a.txt\"}").post("/documents")
                .then().statusCode(400).body("error", equalTo("invalid-url"));
    }
}
