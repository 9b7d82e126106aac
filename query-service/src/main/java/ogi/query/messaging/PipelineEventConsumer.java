package ogi.query.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;
import ogi.query.projection.PipelineEvent;
import ogi.query.projection.ReportProjector;
import ogi.query.store.BatchRepository;
import ogi.support.MongoWrites;
import ogi.support.logging.ProgressLog;
import ogi.support.messaging.DeadLetters;
import ogi.support.messaging.ServiceStopping;
import ogi.support.tracing.RecordTracing;

/**
 * Keeps the read model: each stage's topic is read a poll at a time (SmallRye's batch mode), every record into a
 * typed event, and the poll's events are handed to the {@link ReportProjector} together (one bulk write per
 * collection), then the batch progress entries (one bulk write). The poll is acknowledged (its offsets committed)
 * only after MongoDB stored it. A record that cannot be read, or whose event MongoDB refuses, goes to the
 * dead-letter topic alone ({@link DeadLetters}); the rest of its poll is stored. While the service stops, a failure
 * is the stop's, not the records' ({@link ServiceStopping}): it is thrown on, and the poll is read again after the
 * restart.
 */
@ApplicationScoped
public class PipelineEventConsumer {
    private static final Logger LOG = Logger.getLogger(PipelineEventConsumer.class);
    private static final ProgressLog PROGRESS = new ProgressLog(LOG, "events stored");

    private final ReportProjector projector;
    private final MongoWrites writes;
    private final MeterRegistry metrics;
    private final RecordTracing tracing;
    private final DeadLetters deadLetters;
    /** Batch progress (issue 17), its own collection and writer. */
    private final BatchRepository batches;
    private final ServiceStopping stopping;

    public PipelineEventConsumer(ReportProjector projector, MongoWrites writes, MeterRegistry metrics,
            RecordTracing tracing, BatchRepository batches,
            @Channel("rejected") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> rejected, ServiceStopping stopping) {
        this.batches = batches;
        this.stopping = stopping;
        this.projector = projector;
        this.writes = writes;
        this.metrics = metrics;
        this.tracing = tracing;
        this.deadLetters = new DeadLetters(rejected);
    }

    @Incoming("raw")
    @Blocking(value = "store-workers", ordered = false)
    public void received(ConsumerRecords<String, RawArrival> records) {
        // only the arrival is noted: the deserializer kept the receipt and skipped the document's bytes
        List<ConsumerRecord<String, RawArrival>> readable = new ArrayList<>();
        for (ConsumerRecord<String, RawArrival> r : records) {
            if (r.value() == null || r.value().receipt() == null) {
                LOG.warnf("record %s-%d@%d key %s: not a raw document event (%s), skipped: parse-service "
                        + "dead-letters it", r.topic(), r.partition(), r.offset(), r.key(),
                        r.value() == null ? "no value" : r.value().unreadable());
            } else {
                readable.add(r);
            }
        }
        store(readable, "store received document", "received", r -> new PipelineEvent.Received(r.value().receipt()),
                events -> batches.received(events.stream().map(PipelineEvent.Received::receipt).toList()));
    }

    @Incoming("parsed")
    @Blocking(value = "store-workers", ordered = false)
    public void parsed(ConsumerRecords<String, String> records) {
        store(records, "store parsed report", "parsed",
                r -> new PipelineEvent.Parsed(EventJson.read(r.value(), ParsedReportEvent.class)),
                events -> batches.parsed(events.stream().map(PipelineEvent.Parsed::event).toList()));
    }

    @Incoming("audited")
    @Blocking(value = "store-workers", ordered = false)
    public void audited(ConsumerRecords<String, String> records) {
        store(records, "store audit result", "audited",
                r -> new PipelineEvent.Audited(EventJson.read(r.value(), AuditResultEvent.class),
                        tracing.traceIdOf(r)),
                events -> batches.audited(events.stream().map(PipelineEvent.Audited::result).toList()));
    }

    @Incoming("alerts")
    @Blocking(value = "store-workers", ordered = false)
    public void alerts(ConsumerRecords<String, String> records) {
        store(records, "store alert", "alert",
                r -> new PipelineEvent.Alerted(EventJson.read(r.value(), AlertEvent.class)), events -> {
                });
    }

    /** A record read into its event, inside the span of its handling (a child of the producer's). */
    private record Read<V, E>(ConsumerRecord<String, V> record, E event, RecordTracing.TracedWork span) {
    }

    /**
     * Stores a poll: reads every record (a record that is not its event is rejected), stores the events together,
     * and when MongoDB refuses that for its content, each event alone, rejecting those it refuses. Rejected records
     * go to the dead-letter topic before the method returns, that is before the poll is acknowledged.
     */
    private <V, E extends PipelineEvent> void store(Iterable<ConsumerRecord<String, V>> records, String operation,
            String stage, Function<ConsumerRecord<String, V>, E> reader, Consumer<List<E>> entries) {
        List<Read<V, E>> read = new ArrayList<>();
        List<RecordTracing.TracedWork> spans = new ArrayList<>();
        List<DeadLetters.Rejected> rejected = new ArrayList<>();
        try {
            for (ConsumerRecord<String, V> record : records) {
                RecordTracing.TracedWork span = tracing.start(record, operation);
                spans.add(span);
                try {
                    read.add(new Read<>(record, reader.apply(record), span));
                } catch (RuntimeException e) {
                    reject(record, span, e, "not its event", rejected);
                }
            }
            if (!read.isEmpty()) {
                metrics.timer("query.store.duration").record(() -> storeAll(read, stage, entries, rejected));
            }
            deadLetters.send(rejected);
        } finally {
            // the spans were made current one after the other: ended in the reverse order
            for (int i = spans.size() - 1; i >= 0; i--) {
                spans.get(i).close();
            }
        }
    }

    private <V, E extends PipelineEvent> void storeAll(List<Read<V, E>> read, String stage,
            Consumer<List<E>> entries, List<DeadLetters.Rejected> rejected) {
        List<E> events = read.stream().map(Read::event).toList();
        try {
            writes.store(events.size() + " " + stage + " events", () -> {
                projector.project(events);
                entries.accept(events);
            });
            stored(stage, events.size());
        } catch (RuntimeException batchRefused) {
            stopping.throwIfStopping(records(read), batchRefused);
            LOG.warnf("%d %s events: MongoDB refused them together (%s), storing them one at a time", events.size(),
                    stage, batchRefused.getMessage());
            for (Read<V, E> r : read) {
                try {
                    writes.store(stage + " event of " + r.record().key(), () -> {
                        projector.project(List.of(r.event()));
                        entries.accept(List.of(r.event()));
                    });
                    stored(stage, 1);
                } catch (RuntimeException e) {
                    stopping.throwIfStopping(records(read), e);
                    reject(r.record(), r.span(), e, "not stored", rejected);
                }
            }
        }
    }

    private static <V, E> List<ConsumerRecord<String, V>> records(List<Read<V, E>> read) {
        return read.stream().map(Read::record).toList();
    }

    private void stored(String stage, int n) {
        metrics.counter("query.events.stored", "stage", stage).increment(n);
        for (int i = 0; i < n; i++) {
            PROGRESS.count(stage);
        }
    }

    private static void reject(ConsumerRecord<String, ?> record, RecordTracing.TracedWork span, RuntimeException e,
            String why, List<DeadLetters.Rejected> rejected) {
        span.failed(e);
        LOG.warnf("record %s-%d@%d key %s: %s, to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), record.key(), why, e.getMessage());
        rejected.add(new DeadLetters.Rejected(record, e));
    }
}
