package ogi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tries every route a service declares in its OpenAPI document with the path tricks that have let requests past
 * path-based security policies elsewhere (matrix parameters on each segment, {@code %3B}, doubled and dot
 * segments, a trailing slash, upper case, encoded slashes), each without a key, with an unknown key and, on write
 * routes, with a read-only key; returns every answer that was not a refusal. Generated from the routes, so a new
 * endpoint is probed the day it is added.
 */
public final class RouteSecurityProbe {
    /** A route as declared: method and path template; {@code write} when it changes something. */
    public record Route(String method, String template) {
        public boolean write() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    /**
     * An answer that was not a refusal: without a valid key anything but 400, 401 or 403 (even a 404 means the
     * request got past the security layer to the router); with a read-only key on a write route anything but a 4xx;
     * no answer at all is status -1.
     */
    public record Violation(String method, String path, String credential, int status) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String UNKNOWN_KEY = "unknown-key-0123456789abcdef";

    private final URI base;
    // HTTP/1.1: no h2c upgrade on the way (a request once hung past its timeout in one); every answer is awaited at
    // most TIMEOUT plus a margin, whatever the client does.
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The answer, or an IOException once TIMEOUT and a margin have passed. */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException,
            InterruptedException {
        try {
            return http.sendAsync(request, body).get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no answer from " + request.uri() + ": " + e, e);
        }
    }

    public RouteSecurityProbe(URI base) {
        this.base = base;
    }

    /** The routes of the service's OpenAPI document, outside {@code /q}. */
    public List<Route> routes() throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/q/openapi answered " + answer.statusCode());
        }
        JsonNode paths = new ObjectMapper().readTree(answer.body()).path("paths");
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    routes.add(new Route(method, path.getKey()));
                }
            }
        }
        return routes;
    }

    /** Every trick on every route with every credential that must be refused; the answers that were not. */
    public List<Violation> probe(List<Route> routes, String readKey) throws InterruptedException {
        List<Violation> violations = new ArrayList<>();
        for (Route route : routes) {
            String path = route.template().replaceAll("\\{[^}]+}", "0123");
            for (String trick : tricks(path)) {
                check(route, trick, "no key", null, violations);
                check(route, trick, "unknown key", UNKNOWN_KEY, violations);
                if (route.write()) {
                    check(route, trick, "read-only key", readKey, violations);
                }
            }
        }
        return violations;
    }

    /** The path as written and every variant of it that a router might take for the same route. */
    public static Set<String> tricks(String path) {
        String[] segments = path.substring(1).split("/");
        Set<String> tricks = new LinkedHashSet<>();
        tricks.add(path);
        for (int i = 0; i < segments.length; i++) {
            for (String suffix : List.of(";x", ";x=1", ";", "%3Bx", "%3bx=1", "%3B")) {
                tricks.add(withSegment(segments, i, segments[i] + suffix));
            }
            tricks.add(withSegment(segments, i, segments[i].toUpperCase(Locale.ROOT)));
        }
        tricks.add(path + ";x=1");
        tricks.add("/" + path);
        tricks.add(path.replace("/", "//"));
        tricks.add("/." + path);
        tricks.add("/x/.." + path);
        tricks.add("/q/.." + path);
        tricks.add("/q/health/../.." + path);
        tricks.add("/q/%2e%2e" + path);
        tricks.add("/%2e" + path);
        tricks.add(path + "/");
        tricks.add(path + "/.");
        tricks.add(path.toUpperCase(Locale.ROOT));
        if (segments.length > 1) {
            tricks.add("/" + String.join("%2F", segments));
            tricks.add("/" + String.join("%2f", segments));
        }
        return tricks;
    }

    private static String withSegment(String[] segments, int index, String replacement) {
        String[] copy = segments.clone();
        copy[index] = replacement;
        return "/" + String.join("/", copy);
    }

    private void check(Route route, String path, String credential, String key, List<Violation> violations)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(TIMEOUT);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (route.write()) {
            request.method(route.method(), HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type",
                    "application/json");
        } else {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        }
        int status;
        try {
            status = send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        }
        boolean refused = key == null || key.equals(UNKNOWN_KEY) ? status == 400 || status == 401 || status == 403
                : status >= 400 && status < 500;
        if (!refused) {
            violations.add(new Violation(route.method(), path, credential, status));
        }
    }
}
