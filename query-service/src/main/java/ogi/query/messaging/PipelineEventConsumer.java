package ogi.query.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
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
import ogi.support.tracing.RecordTracing;

/**
 * Keeps the read model: each stage's topic is read into a typed event and handed to the {@link ReportProjector}.
 * A record is acknowledged (and its offset committed) only after MongoDB stored it; a record that cannot be read
 * goes to the dead-letter topic.
 */
@ApplicationScoped
public class PipelineEventConsumer {
    private static final Logger LOG = Logger.getLogger(PipelineEventConsumer.class);

    private final ReportProjector projector;
    private final MongoWrites writes;
    private final MeterRegistry metrics;
    private final RecordTracing tracing;
    /** Batch progress (issue 17), its own collection and writer. */
    private final BatchRepository batches;

    public PipelineEventConsumer(ReportProjector projector, MongoWrites writes, MeterRegistry metrics,
            RecordTracing tracing, BatchRepository batches) {
        this.batches = batches;
        this.projector = projector;
        this.writes = writes;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @Incoming("raw")
    @Blocking(value = "store-workers", ordered = false)
    public void received(ConsumerRecord<String, byte[]> record) {
        tracing.traced(record, "store received document", () -> {
            // only the arrival is noted: the document's bytes in the record are skipped, never decoded
            RawDocumentReceipt raw = EventJson.read(record.value(), RawDocumentReceipt.class);
            store("document " + raw.documentId() + " received", "received", new PipelineEvent.Received(raw));
            writes.store("batch entry of " + raw.documentId(), () -> batches.received(raw));
            LOG.infof("document %s (%s): received", raw.documentId(), raw.fileName());
        });
    }

    @Incoming("parsed")
    @Blocking(value = "store-workers", ordered = false)
    public void parsed(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store parsed report", () -> {
            ParsedReportEvent parsed = EventJson.read(record.value(), ParsedReportEvent.class);
            store("document " + parsed.documentId() + " parsed", "parsed", new PipelineEvent.Parsed(parsed));
            writes.store("batch entry of " + parsed.documentId(), () -> batches.parsed(parsed));
            LOG.infof("document %s: parsed report stored", parsed.documentId());
        });
    }

    @Incoming("audited")
    @Blocking(value = "store-workers", ordered = false)
    public void audited(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store audit result", () -> {
            AuditResultEvent result = EventJson.read(record.value(), AuditResultEvent.class);
            store("document " + result.documentId() + " audited", "audited",
                    new PipelineEvent.Audited(result, tracing.traceIdOf(record)));
            writes.store("batch entry of " + result.documentId(), () -> batches.audited(result));
            LOG.infof("document %s: audit result stored, %d findings", result.documentId(),
                    result.findings().size());
        });
    }

    @Incoming("alerts")
    @Blocking(value = "store-workers", ordered = false)
    public void alert(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store alert", () -> {
            AlertEvent alert = EventJson.read(record.value(), AlertEvent.class);
            store("alert " + alert.alertId(), "alert", new PipelineEvent.Alerted(alert));
        });
    }

    private void store(String what, String stage, PipelineEvent event) {
        metrics.timer("query.store.duration").record(() -> writes.store(what, () -> projector.project(List.of(event))));
        metrics.counter("query.events.stored", "stage", stage).increment();
    }
}
