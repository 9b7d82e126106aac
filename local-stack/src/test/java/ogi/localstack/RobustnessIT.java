package ogi.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged services with their production heaps (160 MB, parse 256 MB, -XX:+ExitOnOutOfMemoryError) on the real
 * broker and the Mongo stand-in, given what used to kill them: a 3 kB PDF showing a million glyphs, an HTML table of
 * 3,000 cells spanning 100x100, a Word file of 20 MB of paragraphs, a ZIP expanding to ~150 MB within the limits,
 * four 10 MB uploads at once, six 10 MB reports in one request, a zip bomb, and paths with matrix parameters. Each
 * gets its answer or ends {@code failed} with the limit it crossed, and no service process exits or restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RobustnessIT extends StackIT {
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(240);
    private static final int TEN_MB = 10 * 1000 * 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> pids = new HashMap<>();
    private String report;

    @Override
    protected String folder() {
        return "robustness-stack";
    }

    @BeforeAll
    void remember() throws Exception {
        for (String service : LocalStack.SERVICES) {
            pids.put(service, stack.process(service).pid());
        }
        report = Files.readString(projectRoot().resolve("samples/reports/dushanzi-urban-management-2021.txt"));
    }

    private void assertEveryServiceStillUp(String after) {
        for (String service : LocalStack.SERVICES) {
            ChildProcess process = stack.process(service);
            assertTrue(process.isAlive(), service + " exited after " + after + " (see " + process.log() + ")");
            assertEquals(pids.get(service), process.pid(), service + " was restarted after " + after);
        }
    }

    private HttpResponse<String> post(String path, byte[] body, String contentType, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url("ingest-service") + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String acceptedId(HttpResponse<String> answer) throws Exception {
        assertEquals(202, answer.statusCode(), answer.body());
        return Api.json(answer.body()).at("/documents/0/documentId").asText();
    }

    private JsonNode awaitEnd(String id) {
        return Awaitility.await("document " + id + " audited or failed").atMost(PIPELINE_TIMEOUT)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    HttpResponse<String> r = api.getRaw("/reports/" + id);
                    return r.statusCode() == 200 ? Api.json(r.body()) : null;
                }, node -> node != null && List.of("audited", "failed").contains(node.get("status").asText()));
    }

    private int reportCount() throws Exception {
        int count = 0;
        String cursor = null;
        do {
            JsonNode page = api.get("/reports?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            count += page.get("items").size();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return count;
    }

    @Test
    @Order(1)
    void pathsWithMatrixParametersAreRefusedOnEveryService() throws Exception {
        for (String service : LocalStack.SERVICES) {
            for (String path : List.of("/reports;x=1", "/documents;x", "/audits%3Bx/reaudit", "/q/health%3b")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, answer.statusCode(), service + path + ": " + answer.body());
                assertTrue(answer.body().contains("\"error\":\"matrix-parameters\""), answer.body());
            }
        }
        HttpResponse<String> noKey = post("/documents;x", report.getBytes(StandardCharsets.UTF_8), "text/plain", null);
        assertEquals(400, noKey.statusCode(), noKey.body());
    }

    @Test
    @Order(2)
    void aPdfShowingAMillionGlyphsFailsNamingItsLimitOnTheFirstTry() throws Exception {
        byte[] pdf = HostileFiles.glyphBombPdf(1_000_000);
        assertTrue(pdf.length < 20_000, "a small file: " + pdf.length);
        JsonNode failed = awaitEnd(acceptedId(post("/documents?fileName=bomb.pdf", pdf, "application/pdf",
                stack.writeKey())));
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.at("/failure/reason").asText().contains("limit"), failed.at("/failure").toString());
        assertEveryServiceStillUp("the glyph bomb");
    }

    @Test
    @Order(3)
    void anHtmlTableOfHugeSpansFailsNamingItsLimit() throws Exception {
        JsonNode failed = awaitEnd(acceptedId(post("/documents?fileName=spans.html", HostileFiles.spanBombHtml(3000),
                "text/html", stack.writeKey())));
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.at("/failure/reason").asText().contains("MAX_TABLE_CELLS"), failed.at("/failure").toString());
        assertEveryServiceStillUp("the span bomb");
    }

    @Test
    @Order(4)
    void anOrdinaryWordFileOfTwentyMegabytesOfTextIsReadAndAudited() throws Exception {
        byte[] docx = HostileFiles.largeDocx(report, 20L * 1024 * 1024);
        assertTrue(docx.length < TEN_MB, "within the document limit: " + docx.length);
        JsonNode audited = awaitEnd(acceptedId(post("/documents?fileName=large.docx", docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", stack.writeKey())));
        assertEquals("audited", audited.get("status").asText(), audited.at("/failure").toString());
        assertEquals("独山子区城市管理局", audited.at("/report/metadata/agency").asText());
        assertEveryServiceStillUp("the 20 MB Word file");
    }

    @Test
    @Order(5)
    void anArchiveExpandingToAHundredAndFiftyMegabytesIsTakenFileByFile() throws Exception {
        byte[] zip = HostileFiles.archiveOfLargeReports(report, 15, TEN_MB - 100_000);
        String boundary = "ogi-robustness";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"county.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = post("/documents", body.toByteArray(), "multipart/form-data; boundary="
                + boundary, stack.writeKey());
        assertEquals(202, answer.statusCode(), answer.body());
        JsonNode documents = Api.json(answer.body()).get("documents");
        assertEquals(15, documents.size(), answer.body());
        for (JsonNode document : documents) {
            assertEquals("accepted", document.get("status").asText(), document.toString());
        }
        for (JsonNode document : documents) {
            assertEquals("audited", awaitEnd(document.get("documentId").asText()).get("status").asText());
        }
        assertEveryServiceStillUp("the 150 MB archive");
    }

    @Test
    @Order(6)
    void fourTenMegabyteUploadsAtOnceAreEachAnsweredAndNoneLost() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] body = HostileFiles.largeReport(report, "（同时上传第" + i + "份）", TEN_MB - 100_000);
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post("/documents?fileName=large-" + body.length + ".txt", body, "text/plain",
                            stack.writeKey());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> future : answers) {
            HttpResponse<String> answer = future.get();
            assertTrue(answer.statusCode() == 202 || answer.statusCode() == 503, answer.statusCode() + answer.body());
            if (answer.statusCode() == 503) {
                assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
            } else {
                ids.add(acceptedId(answer));
            }
        }
        assertTrue(!ids.isEmpty(), "at least one of four concurrent uploads taken");
        for (String id : ids) {
            assertEquals("audited", awaitEnd(id).get("status").asText());
        }
        assertEveryServiceStillUp("four concurrent 10 MB uploads");
    }

    @Test
    @Order(7)
    void sixTenMegabyteReportsInOneRequestAreAllStoredAndAudited() throws Exception {
        String boundary = "ogi-six";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 6; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"six-" + i
                    + ".txt\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(HostileFiles.largeReport(report, "（一次六份第" + i + "份）", TEN_MB - 100_000));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = post("/documents", body.toByteArray(), "multipart/form-data; boundary="
                + boundary, stack.writeKey());
        assertEquals(202, answer.statusCode(), answer.body());
        JsonNode documents = Api.json(answer.body()).get("documents");
        assertEquals(6, documents.size());
        for (JsonNode document : documents) {
            assertEquals("audited", awaitEnd(document.get("documentId").asText()).get("status").asText());
        }
        assertEveryServiceStillUp("six 10 MB reports in one request");
    }

    @Test
    @Order(8)
    void aZipBombIsRefusedAndNothingIsPublished() throws Exception {
        int before = reportCount();
        HttpResponse<String> answer = post("/documents?fileName=bomb.zip", HostileFiles.zipBomb(), "application/zip",
                stack.writeKey());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("zip-bomb"), answer.body());
        // what is awaited is that nothing arrives: the count holds for two seconds
        Awaitility.await("nothing of the bomb published").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(this::reportCount, count -> count == before);
        assertEveryServiceStillUp("the zip bomb");
    }
}
