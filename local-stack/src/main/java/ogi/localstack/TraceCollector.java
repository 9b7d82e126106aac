package ogi.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * A small OTLP/HTTP (protobuf) trace receiver for the local stack, which has no Jaeger: the services export their
 * spans here, and {@code GET /traces/<trace id>} lists a trace's spans as JSON (service, name, start, duration), so
 * one document's way through the pipeline can be looked at, and tested. Keeps the latest 500,000 spans in memory.
 */
public final class TraceCollector implements AutoCloseable {
    private static final int MAX_SPANS = 500_000;

    /** One received span. */
    public record SpanRecord(String traceId, String spanId, String parentSpanId, String service, String name,
            long startEpochNanos, long durationNanos) {
    }

    private final HttpServer server;
    private final Map<String, List<SpanRecord>> byTrace = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    public static TraceCollector start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        TraceCollector collector = new TraceCollector(server);
        server.createContext("/v1/traces", collector::receive);
        server.createContext("/traces/", collector::show);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return collector;
    }

    /** The OTLP endpoint to give the services (http/protobuf). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<SpanRecord> spans(String traceId) {
        return List.copyOf(byTrace.getOrDefault(traceId, List.of()));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = attribute(resource.getResource().getAttributesList(), "service.name");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (var span : scope.getSpansList()) {
                        add(new SpanRecord(hex(span.getTraceId().toByteArray()), hex(span.getSpanId().toByteArray()),
                                hex(span.getParentSpanId().toByteArray()), service, span.getName(),
                                span.getStartTimeUnixNano(), span.getEndTimeUnixNano() - span.getStartTimeUnixNano()));
                    }
                }
            }
            byte[] answer = ExportTraceServiceRequest.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
        } catch (IOException | RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private void add(SpanRecord span) {
        byTrace.computeIfAbsent(span.traceId(), t -> {
            order.add(t);
            return new CopyOnWriteArrayList<>();
        }).add(span);
        if (count.incrementAndGet() > MAX_SPANS) {
            String oldest = order.poll();
            List<SpanRecord> dropped = oldest == null ? null : byTrace.remove(oldest);
            count.addAndGet(dropped == null ? 0 : -dropped.size());
        }
    }

    private void show(HttpExchange exchange) throws IOException {
        try (exchange) {
            String traceId = exchange.getRequestURI().getPath().substring("/traces/".length());
            List<SpanRecord> spans = new ArrayList<>(spans(traceId));
            spans.sort(Comparator.comparingLong(SpanRecord::startEpochNanos));
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(spans);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(spans.isEmpty() ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String attribute(List<KeyValue> attributes, String key) {
        return attributes.stream().filter(a -> a.getKey().equals(key)).map(a -> a.getValue().getStringValue())
                .findFirst().orElse("unknown");
    }

    private static String hex(byte[] bytes) {
        return bytes.length == 0 ? null : HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
