package ogi.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import ogi.testsupport.RouteSecurityProbe.Route;

/**
 * The security checks every service runs on itself, as a {@code @QuarkusTest} with {@link SecuredProfile}: every
 * route of its OpenAPI document with every path trick ({@link RouteSecurityProbe}) without a key, with an unknown
 * key and (write routes) with a read-only key is refused; paths with matrix parameters answer 400 with the JSON
 * error body, even with a valid key; the security layer's own refusals have that body too. A service's test
 * extends this and names a few of its routes, so that the checks cannot pass on an empty document.
 */
public abstract class RouteSecurityChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;


    /** Routes the service's OpenAPI document must list. */
    protected abstract List<Route> declaredRoutes();

    /** A route that needs the write role. */
    protected abstract String writeRoute();

    @Test
    void everyRouteRefusesEveryPathTrickWithoutTheRightKey() throws Exception {
        List<Route> routes = probe().routes();
        for (Route expected : declaredRoutes()) {
            assertTrue(routes.contains(expected), "the OpenAPI document lists " + expected + ": " + routes);
        }
        assertEquals(List.of(), probe().probe(routes, SecuredProfile.READER), "answers that were not refusals");
    }

    @Test
    void matrixParametersAreRefusedWithAJsonBodyEvenWithAValidKey() throws Exception {
        for (String path : List.of("/q/health;x", "/x;y=1/z", "/a%3Bb", "/a%3bb")) {
            assertRefusal(send("GET", path, SecuredProfile.WRITER), 400, "matrix-parameters");
        }
    }

    @Test
    void refusalsOfTheSecurityLayerHaveAJsonBody() throws Exception {
        assertRefusal(send("GET", "/no-such-path", null), 401, "unauthorized");
        assertRefusal(send("GET", "/no-such-path", "unknown-key-0123456789"), 401, "unauthorized");
        assertRefusal(send("POST", writeRoute(), SecuredProfile.READER), 403, "forbidden");
    }

    private RouteSecurityProbe probe() {
        return new RouteSecurityProbe(base);
    }

    private HttpResponse<String> send(String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return probe().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefusal(HttpResponse<String> answer, int status, String error) throws Exception {
        String what = answer.request().method() + " " + answer.uri() + " -> " + answer.statusCode() + " " + answer.body();
        assertEquals(status, answer.statusCode(), what);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(status, body.path("status").asInt(), what);
        assertEquals(error, body.path("error").asText(), what);
    }
}
