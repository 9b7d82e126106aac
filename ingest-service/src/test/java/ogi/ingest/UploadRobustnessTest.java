package ogi.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentEvent;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest} with the in-memory connector: what careless or hostile uploads get. A body without a
 * Content-Type is sniffed; file names with control characters or 100,000 characters are cleaned and cut; a zip bomb
 * is refused at the first limit it crosses and publishes nothing; unreadable JSON and an unknown media type get the
 * JSON error body.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class UploadRobustnessTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @TestHTTPResource("/documents")
    URI documents;

    private InMemorySink<String> raw;

    @BeforeEach
    void clear() {
        raw = connector.sink("raw");
        raw.clear();
    }

    private static byte[] sample(String name, String marker) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"), name));
        return (text + "\n" + marker + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyWithoutContentTypeIsToldByItsBytes() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(documents)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample("wusu-urban-management-2023.txt", "（无类型）")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"format\":\"TEXT\""), answer.body());
        assertEquals(1, raw.received().size());
    }

    @Test
    void fileNamesAreCleanedOfControlCharactersAndCut() throws Exception {
        // ASCII: the test client writes a multipart file name in ISO-8859-1
        String name = "report\u001b[31m\u0007" + "x".repeat(100_000) + ".txt";
        given().multiPart("file", name, sample("dushanzi-urban-management-2021.txt", "（文件名）"), "text/plain")
                .post("/documents").then().statusCode(202);
        RawDocumentEvent event = EventJson.read(raw.received().get(0).getPayload(), RawDocumentEvent.class);
        assertFalse(event.fileName().chars().anyMatch(Character::isISOControl), event.fileName());
        assertTrue(event.fileName().length() <= 255, "cut to 255: " + event.fileName().length());
        assertTrue(event.fileName().startsWith("report_[31m_xx"), event.fileName());
        assertTrue(event.fileName().endsWith("….txt"), event.fileName());

        given().contentType("text/plain").queryParam("fileName", "报告\r\n2023-11-29 INFO forged line.txt")
                .body(sample("wusu-urban-management-2023.txt", "（文件名）")).post("/documents").then().statusCode(202)
                .body("documents[0].fileName", equalTo("报告__2023-11-29 INFO forged line.txt"));
        var forged = given().multiPart("file", "report\r\nX-Forged: 1.txt", sample("weibin-urban-management-2022.txt",
                "（文件名）"), "text/plain").post("/documents").then().contentType("application/json").extract();
        assertTrue(forged.statusCode() == 202 || forged.statusCode() == 400, "a refusal or a clean name, never a "
                + "server error: " + forged.statusCode() + " " + forged.body().asString());
        if (forged.statusCode() == 202) {
            String stored = forged.path("documents[0].fileName");
            assertFalse(stored.chars().anyMatch(Character::isISOControl), stored);
        }
    }

    @Test
    void aZipBombIsRefusedAtTheFirstLimitAndPublishesNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ok.txt"));
            zip.write(sample("weibin-urban-management-2022.txt", "（压缩包）"));
            for (int file = 0; file < 40; file++) {
                zip.putNextEntry(new ZipEntry("bomb-" + file + ".txt"));
                for (int mb = 0; mb < 9; mb++) {
                    zip.write(zeros);
                }
            }
        }
        assertTrue(out.size() < 1024 * 1024, "a small archive: " + out.size());
        given().multiPart("file", "bomb.zip", out.toByteArray(), "application/zip").post("/documents")
                .then().statusCode(413).body("error", equalTo("zip-bomb")).body("fileName", equalTo("bomb.zip"));
        assertEquals(0, raw.received().size());
    }

    @Test
    void unreadableJsonAndUnknownMediaTypesGetTheJsonErrorBody() {
        given().contentType("application/json").body("{\"url\": ").post("/documents").then().statusCode(400)
                .contentType("application/json").body("error", equalTo("malformed-json"));
        given().contentType("application/json").body("{}").post("/documents").then().statusCode(400)
                .body("error", equalTo("invalid-url"));
        given().contentType("application/json").body("{\"url\":\"http://100.100.100.200/latest/meta-data\"}")
                .post("/documents").then().statusCode(403).body("error", equalTo("url-not-allowed"));
        assertEquals(0, raw.received().size());
    }
}
