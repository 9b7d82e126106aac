package ogi.parse.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.messaging.OutgoingEvents;
import ogi.parse.extract.limits.UnreadableDocumentException;
import ogi.parse.report.DocumentReader;
import ogi.support.MongoWrites;
import ogi.support.logging.ProgressLog;
import ogi.support.messaging.DeadLetters;
import ogi.support.messaging.ServiceStopping;
import ogi.support.tracing.RecordTracing;

/**
 * Consumes raw documents, emits parsed reports. A record that cannot be read, or whose handling fails, goes with the
 * reason to the dead-letter topic ({@link DeadLetters}, channel {@code rejected}) and the partition moves on; the
 * record is acknowledged only once its parsed report or its dead letter is on the broker. While the service stops,
 * a failure is the stop's, not the document's ({@link ServiceStopping}): it is thrown on, and the channel's
 * {@code failure-strategy=fail} leaves the record to be read again after the restart.
 */
@ApplicationScoped
public class RawDocumentConsumer {
    private static final Logger LOG = Logger.getLogger(RawDocumentConsumer.class);
    private static final ProgressLog PROGRESS = new ProgressLog(LOG, "documents parsed");

    private final DocumentReader reader;
    private final ParseAttempts attempts;
    private final MongoWrites mongo;
    private final MutinyEmitter<String> parsed;
    private final MeterRegistry metrics;
    private final Timer duration;
    private final RecordTracing tracing;
    private final DeadLetters deadLetters;
    private final ServiceStopping stopping;

    public RawDocumentConsumer(DocumentReader reader, ParseAttempts attempts, MongoWrites mongo,
            @Channel("parsed") MutinyEmitter<String> parsed, MeterRegistry metrics, RecordTracing tracing,
            @Channel("rejected") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16)
            MutinyEmitter<byte[]> rejected, ServiceStopping stopping) {
        this.tracing = tracing;
        this.deadLetters = new DeadLetters(rejected);
        this.stopping = stopping;
        this.reader = reader;
        this.attempts = attempts;
        this.mongo = mongo;
        this.parsed = parsed;
        this.metrics = metrics;
        this.duration = Timer.builder("parse.duration").description("time to extract and parse one document")
                .register(metrics);
    }

    @Incoming("raw")
    @Blocking(value = "parse-workers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            tracing.traced(record, "parse document", () -> parse(record));
        } catch (RuntimeException e) {
            stopping.throwIfStopping(List.of(record), e);
            deadLetters.send(List.of(new DeadLetters.Rejected(record, e)));
        }
    }

    /** The record's bytes are read as they came (no String of up to 14 MB in between). */
    private void parse(ConsumerRecord<String, byte[]> record) {
        RawDocumentEvent raw;
        try {
            raw = EventJson.read(record.value(), RawDocumentEvent.class);
        } catch (RuntimeException e) {
            count("rejected");
            LOG.warnf("record %s-%d@%d key %s: not a raw document event: %s", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            throw e;
        }
        boolean counted = attempts.counted(raw);
        if (counted && mongo.fetch("parse attempt of " + raw.documentId(), () -> attempts.exhausted(raw.documentId()))) {
            count("failed");
            LOG.errorf("document %s (%s): parsing it was started %d times without finishing (the parser crashed); "
                    + "sent to the dead-letter topic", raw.documentId(), raw.fileName(), attempts.maxAttempts());
            throw new UnreadableDocumentException("parsing was started " + attempts.maxAttempts()
                    + " times without finishing: the document crashes the parser");
        }
        Timer.Sample sample = Timer.start(metrics);
        try {
            ParsedReportEvent event = reader.read(raw);
            parsed.sendMessageAndAwait(OutgoingEvents.message(raw.documentId(), raw.documentId() + ":parsed",
                    EventTypes.PARSED_REPORT, "parse-service", event));
            count("parsed");
            finished(raw, counted);
            var meta = event.report().metadata();
            LOG.debugf("document %s (%s): parsed%s, agency %s, year %s, template %s", raw.documentId(),
                    raw.fileName(), event.report().partial() ? " (partial)" : "", meta.agency(), meta.year(),
                    meta.template());
        } catch (UnreadableDocumentException e) {
            count("failed");
            finished(raw, counted);
            LOG.warnf("document %s (%s): cannot be parsed, sent to the dead-letter topic: %s", raw.documentId(),
                    raw.fileName(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            if (!stopping.isStopping()) {
                count("failed");
                LOG.warnf(e, "document %s (%s): parsing failed, sent to the dead-letter topic: %s",
                        raw.documentId(), raw.fileName(), e.getMessage());
            }
            throw e;
        } finally {
            sample.stop(duration);
        }
    }

    /** The document's parse ended, with a result or a reason: its attempts, if counted, are forgotten. */
    private void finished(RawDocumentEvent raw, boolean counted) {
        if (counted) {
            mongo.store("parse attempts of " + raw.documentId(), () -> attempts.finished(raw.documentId()));
        }
    }

    private void count(String outcome) {
        metrics.counter("parse.documents", "outcome", outcome).increment();
        PROGRESS.count(outcome);
    }
}
