package ogi.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Continues, in a consumer, the trace whose context the producer put in the record's headers ({@code traceparent}),
 * and makes the processing span current so that what the consumer publishes carries the same trace on. One
 * document's path through the four services is thus one trace. The handling of a record is explicit here rather
 * than left to the connector, because the consumers take the {@link ConsumerRecord} itself.
 */
@ApplicationScoped
public class RecordTracing {
    static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public RecordTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("ogi-pipeline");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** Starts the span of the handling of a record, child of the producer's; close it when the handling ends. */
    public TracedWork start(ConsumerRecord<String, ?> record, String operation) {
        Context parent = propagator.extract(Context.root(), record.headers(), HEADERS);
        Span span = tracer.spanBuilder(operation)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .setAttribute("ogi.document.id", String.valueOf(record.key()))
                .startSpan();
        return new TracedWork(span, span.makeCurrent());
    }

    /** Handles a record inside its span ({@link #start}); a failure is recorded on the span and rethrown. */
    public void traced(ConsumerRecord<String, ?> record, String operation, Runnable handling) {
        try (TracedWork work = start(record, operation)) {
            try {
                handling.run();
            } catch (RuntimeException e) {
                work.failed(e);
                throw e;
            }
        }
    }

    /** The trace id the record's producer sent, or null when it sent none. */
    public String traceIdOf(ConsumerRecord<String, ?> record) {
        Span span = Span.fromContext(propagator.extract(Context.root(), record.headers(), HEADERS));
        return span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : null;
    }

    /** The current span's trace id, or null outside a trace. */
    public static String currentTraceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** A started span made current; {@link #close()} ends both. */
    public static final class TracedWork implements AutoCloseable {
        private final Span span;
        private final Scope scope;

        TracedWork(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        public void failed(Throwable error) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
