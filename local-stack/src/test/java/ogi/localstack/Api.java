package ogi.localstack;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the ingest and query services in tests. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final String query;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(LocalStack stack) {
        this(stack, "query-service");
    }

    /** Reads from the named instance of the query service. */
    Api(LocalStack stack, String queryInstance) {
        this.stack = stack;
        this.query = queryInstance;
    }

    /** Every request carries the stack's key with both roles. */
    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", stack.writeKey());
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    HttpResponse<String> postRaw(byte[] body, String contentType) throws Exception {
        return http.send(request(stack.url("ingest-service") + "/documents")
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode postText(byte[] body, String contentType, String fileName) throws Exception {
        HttpResponse<String> r = http.send(request(stack.url("ingest-service")
                + "/documents?fileName=" + fileName).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new AssertionError("ingest answered " + r.statusCode() + ": " + r.body());
        }
        return json(r.body());
    }

    JsonNode postMultipart(byte[] file, String fileName) throws Exception {
        String boundary = "ogi-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(request(stack.url("ingest-service")
                + "/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new AssertionError("ingest answered " + r.statusCode() + ": " + r.body());
        }
        return json(r.body());
    }

    HttpResponse<String> postReview(String key, String findingId, String decision, String reason) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("findingId", findingId, "decision", decision,
                "reason", reason));
        return http.send(HttpRequest.newBuilder(URI.create(stack.url(query) + "/reviews")).header("X-API-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postAudit(String path) throws Exception {
        return http.send(request(stack.url("audit-service") + path).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(stack.url(query) + path).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getRaw(String path) throws Exception {
        return http.send(request(stack.url(query) + path)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = getRaw(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json(r.body());
    }

    JsonNode report(String id) throws Exception {
        return get("/reports/" + id);
    }

    /** Polls the query service until the report has the status, or fails with the last state seen. */
    JsonNode awaitStatus(String id, String status, Duration timeout) throws Exception {
        // on a timeout Awaitility names what was awaited and the last report seen (null: not in the query service)
        return Awaitility.await("document " + id + " reaching status " + status).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    HttpResponse<String> r = getRaw("/reports/" + id);
                    return r.statusCode() == 200 ? json(r.body()) : null;
                }, node -> node != null && status.equals(node.get("status").asText()));
    }

    /** Waits until the document is audited and checks each of its findings is stored once; returns the report. */
    JsonNode awaitAuditedWithFindingsOnce(String id, Duration timeout) throws Exception {
        JsonNode report = awaitStatus(id, "audited", timeout);
        int findings = get("/reports/" + id + "/findings").size();
        if (findings != report.at("/audit/findings").size()) {
            throw new AssertionError(id + ": each finding stored once, but " + findings + " findings stored for "
                    + report.at("/audit/findings").size() + " in the audit");
        }
        return report;
    }

    /** Every document the list shows for the agency filter, page by page; fails if one is listed twice. */
    Set<String> listedOnce(String agency) throws Exception {
        Set<String> ids = new java.util.LinkedHashSet<>();
        String cursor = null;
        do {
            JsonNode page = get("/reports?agency=" + java.net.URLEncoder.encode(agency, StandardCharsets.UTF_8)
                    + "&limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode r : page.get("items")) {
                if (!ids.add(r.get("documentId").asText())) {
                    throw new AssertionError("listed twice: " + r.get("documentId"));
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return ids;
    }

    static Set<String> ruleIds(JsonNode report) {
        Set<String> ids = new HashSet<>();
        report.at("/audit/findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }
}
