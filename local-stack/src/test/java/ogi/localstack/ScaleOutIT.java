package ogi.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on the real stack: two instances each of parse-service and audit-service in the same consumer groups,
 * and two of query-service on the same MongoDB. The work is shared, one instance of each is killed -9 mid-stream and
 * the other takes its partitions over; every document ends in the query service once, with its findings once, and
 * both query instances serve the same reports and the alert stream.
 */
class ScaleOutIT extends StackIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final int DOCUMENTS = 240;
    // the INFO summaries of the two stages (per-document lines are DEBUG); each instance writes one at its first
    private static final String PARSED = "documents parsed in the last";
    private static final String AUDITED = "reports audited in the last";

    @Override
    protected String folder() {
        return "scale-out-stack";
    }

    @Test
    void twoInstancesShareTheWorkAndOneSurvivesTheOthersKill() throws Exception {
        stack.startInstance("parse-service", "parse-service-2");
        stack.startInstance("audit-service", "audit-service-2");
        stack.startInstance("query-service", "query-service-2");
        for (String instance : List.of("parse-service-2", "audit-service-2", "query-service-2")) {
            stack.awaitReady(instance, Duration.ofSeconds(120));
        }
        Api secondQuery = new Api(stack, "query-service-2");

        String base = PipelineEndToEndIT.Samples.text("wusu-urban-management-2023.txt");
        Set<String> accepted = new LinkedHashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            if (i == DOCUMENTS / 3) {
                // Kill mid-stream, once both have had a share: readiness comes before the group's rebalance
                // hands the new instance its partitions, so a kill right after the first posts can hit an
                // instance that never got any.
                awaitBothLogged("parse-service", "parse-service-2", PARSED);
                stack.kill("parse-service");
            }
            if (i == 2 * DOCUMENTS / 3) {
                awaitBothLogged("audit-service", "audit-service-2", AUDITED);
                stack.kill("audit-service-2");
            }
            byte[] doc = (base + "\n附：扩容测试第" + i + "号。").getBytes(StandardCharsets.UTF_8);
            accepted.add(api.postText(doc, "text/plain; charset=utf-8", "scale-" + i + ".txt").get("documents")
                    .get(0).get("documentId").asText());
        }
        assertEquals(DOCUMENTS, accepted.size());

        for (String id : accepted) {
            assertEquals("乌苏市城市管理局", secondQuery.awaitAuditedWithFindingsOnce(id, TIMEOUT).get("agency").asText());
        }
        assertEquals(accepted, api.listedOnce("乌苏市"), "the first query instance lists every document once");
        assertEquals(accepted, secondQuery.listedOnce("乌苏市"), "the second query instance lists the same");

        assertTrue(logged("parse-service", PARSED) > 0 && logged("parse-service-2", PARSED) > 0,
                "both parse instances parsed documents");
        assertTrue(logged("audit-service", AUDITED) > 0 && logged("audit-service-2", AUDITED) > 0,
                "both audit instances audited documents");

        assertTrue(firstAlert("query-service").contains("\"documentId\""), "the alert stream of the first instance");
        assertTrue(firstAlert("query-service-2").contains("\"documentId\""), "the alert stream of the second one");
    }

    private long logged(String instance, String text) throws Exception {
        try (var lines = Files.lines(stack.logDir().resolve(instance + ".log"))) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    private void awaitBothLogged(String first, String second, String text) throws Exception {
        Awaitility.await("both " + first + " and " + second + " logging '" + text
                + "' (partitions shared after the rebalance)").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).until(() -> logged(first, text) > 0 && logged(second, text) > 0);
    }

    /** The first alert event the instance's SSE stream sends, replaying from the start (Last-Event-ID 0). */
    private String firstAlert(String instance) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(instance) + "/alerts/stream"))
                .header("X-API-Key", stack.readKey()).header("Last-Event-ID", "0").build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                List<String> got = new ArrayList<>();
                while ((line = r.readLine()) != null) {
                    got.add(line);
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return String.join("\n", got);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try {
            return data.get(20, TimeUnit.SECONDS);
        } finally {
            response.body().close();
        }
    }
}
