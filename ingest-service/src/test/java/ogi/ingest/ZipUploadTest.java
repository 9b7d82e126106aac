package ogi.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: a ZIP of many reports in one upload. Every file gets its own result; path tricks, nested
 * archives and unsupported files are refused one by one while the others go on; a zip bomb refuses the upload and
 * publishes nothing.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ZipUploadTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<String> raw;

    @BeforeEach
    void clear() {
        raw = connector.sink("raw");
        raw.clear();
    }

    /** A sample report with a line of its own: other test classes post the samples as they are. */
    private static byte[] sample(String name) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"), name));
        return (text + "\n（压缩包上传测试）\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Charset names, Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyFileOfTheArchiveHasItsOwnResultAndTheSafeReportsArePublished() throws Exception {
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("2023年报/乌苏市城市管理局.txt", sample("wusu-urban-management-2023.txt"));
        files.put("2022年报/卫滨区.txt", sample("weibin-urban-management-2022.txt"));
        files.put("../../etc/cron.d/evil.txt", "本年度".getBytes(StandardCharsets.UTF_8));
        files.put("inner.zip", zip(StandardCharsets.UTF_8, Map.of("a.txt", sample("unnamed-bureau-2023.txt"))));
        files.put("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        files.put("__MACOSX/._乌苏市城市管理局.txt", new byte[] {0, 5, 22, 7});
        // Chinese Windows writes GBK names without the UTF-8 flag
        byte[] archive = zip(Charset.forName("GBK"), files);

        var answer = given().contentType("application/zip").queryParam("fileName", "reports.zip").body(archive)
                .post("/documents").then().statusCode(202).body("documents", hasSize(5)).extract().jsonPath();
        assertEquals("乌苏市城市管理局.txt", answer.getString("documents[0].fileName"));
        assertEquals("accepted", answer.getString("documents[0].status"));
        assertEquals("accepted", answer.getString("documents[1].status"));
        assertEquals("unsafe-path", answer.getString("documents[2].error"));
        assertEquals("refused", answer.getString("documents[2].status"));
        assertEquals("nested-archive", answer.getString("documents[3].error"));
        assertEquals("unsupported-type", answer.getString("documents[4].error"));
        String batchId = answer.getString("batchId");
        org.junit.jupiter.api.Assertions.assertTrue(batchId.matches("[0-9a-f]{32}"), batchId);
        assertEquals(2, answer.getInt("batchSize"), "the batch counts what it publishes");

        assertEquals(2, raw.received().size(), "the two reports are published, nothing else");
        RawDocumentEvent first = EventJson.read(raw.received().get(0).getPayload(), RawDocumentEvent.class);
        assertEquals("乌苏市城市管理局.txt", first.fileName());
        assertEquals(new String(sample("wusu-urban-management-2023.txt"), StandardCharsets.UTF_8),
                new String(first.content(), StandardCharsets.UTF_8));
        for (var message : raw.received()) {
            RawDocumentEvent event = EventJson.read(message.getPayload(), RawDocumentEvent.class);
            assertEquals(batchId, event.batchId());
            assertEquals(2, event.batchSize());
        }

        // the same archive again, as a multipart file: the reports are known, the refusals the same
        given().multiPart("file", "reports.zip", archive, "application/zip").post("/documents").then()
                .statusCode(202).body("documents[0].status", equalTo("duplicate"))
                .body("documents[2].error", equalTo("unsafe-path"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("batchId")));
        assertEquals(2, raw.received().size(), "nothing published twice");
    }

    @Test
    void severalFilesInOneRequestAreABatchAndOneFileAloneIsNot() throws Exception {
        byte[] dushanzi = sample("dushanzi-urban-management-2021.txt");
        byte[] unnamed = sample("unnamed-bureau-2023.txt");
        var answer = given().multiPart("file", "a.txt", dushanzi, "text/plain").multiPart("file", "b.txt", unnamed,
                "text/plain").multiPart("file", "a-again.txt", dushanzi, "text/plain").post("/documents").then()
                .statusCode(202).body("documents", hasSize(3)).extract().jsonPath();
        assertEquals("duplicate", answer.getString("documents[2].status"), "the same bytes twice in one upload");
        assertEquals(2, answer.getInt("batchSize"));
        assertEquals(2, raw.received().size());
        for (var message : raw.received()) {
            assertEquals(answer.getString("batchId"), EventJson.read(message.getPayload(), RawDocumentEvent.class)
                    .batchId());
        }
        raw.clear();
        String alone = given().contentType("text/plain; charset=utf-8").queryParam("fileName", "c.txt")
                .body((new String(unnamed, StandardCharsets.UTF_8) + "\n（单独上传）\n").getBytes(StandardCharsets.UTF_8))
                .post("/documents").then().statusCode(202)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("batchId"))).extract().asString();
        assertEquals(1, raw.received().size(), alone);
        String event = raw.received().get(0).getPayload();
        org.junit.jupiter.api.Assertions.assertFalse(event.contains("batchId"), "no batch, no field: the v1 shape");
    }

    @Test
    void aZipBombIsRefusedAndNothingIsPublished() throws Exception {
        byte[] zeros = new byte[8 * 1024 * 1024];
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("report.txt", sample("dushanzi-urban-management-2021.txt"));
        for (int i = 0; i < 30; i++) {
            files.put("padding-" + i + ".txt", zeros);
        }
        byte[] bomb = zip(StandardCharsets.UTF_8, files);
        given().contentType("application/zip").body(bomb).post("/documents").then().statusCode(413)
                .body("error", equalTo("zip-bomb"));
        assertEquals(0, raw.received().size());
    }
}
