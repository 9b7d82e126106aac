package ogi.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.support.MongoWrites;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;
import ogi.query.report.AlertRepository;
import ogi.query.report.FindingRepository;
import ogi.query.report.ReportRepository;
import ogi.support.tracing.RecordTracing;

/**
 * Keeps the read model: each stage's topic updates its part of the report with an idempotent upsert. A record is
 * acknowledged (and its offset committed) only after MongoDB stored it; a record that cannot be read goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class PipelineEventConsumer {
    private static final Logger LOG = Logger.getLogger(PipelineEventConsumer.class);

    private final ReportRepository repository;
    private final FindingRepository findings;
    private final AlertRepository alerts;
    private final MongoWrites writes;
    private final MeterRegistry metrics;
    private final RecordTracing tracing;
    private final ogi.query.review.ReviewRepository reviews;
    private final DocumentLocks documents = new DocumentLocks();
    /** Batch progress (issue 17), its own collection and writer. */
    @jakarta.inject.Inject
    ogi.query.batch.BatchRepository batches;

    public PipelineEventConsumer(ReportRepository repository, FindingRepository findings, AlertRepository alerts,
            MongoWrites writes, MeterRegistry metrics, RecordTracing tracing,
            ogi.query.review.ReviewRepository reviews) {
        this.reviews = reviews;
        this.tracing = tracing;
        this.repository = repository;
        this.findings = findings;
        this.alerts = alerts;
        this.writes = writes;
        this.metrics = metrics;
    }

    @Incoming("raw")
    @Blocking(value = "store-workers", ordered = false)
    public void received(ConsumerRecord<String, byte[]> record) {
        tracing.traced(record, "store received document", () -> storeReceived(record));
    }

    /** Only the arrival is noted: the document's bytes in the record are skipped, never decoded. */
    private void storeReceived(ConsumerRecord<String, byte[]> record) {
        RawDocumentReceipt raw = EventJson.read(record.value(), RawDocumentReceipt.class);
        timed(() -> writes.store("document " + raw.documentId() + " received", () -> repository.received(raw)));
        writes.store("batch entry of " + raw.documentId(), () -> batches.received(raw));
        stored("received");
        LOG.infof("document %s (%s): received", raw.documentId(), raw.fileName());
    }

    @Incoming("parsed")
    @Blocking(value = "store-workers", ordered = false)
    public void parsed(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store parsed report", () -> storeParsed(record));
    }

    private void storeParsed(ConsumerRecord<String, String> record) {
        ParsedReportEvent parsed = EventJson.read(record.value(), ParsedReportEvent.class);
        timed(() -> writes.store("document " + parsed.documentId() + " parsed", () -> repository.parsed(parsed)));
        writes.store("batch entry of " + parsed.documentId(), () -> batches.parsed(parsed));
        stored("parsed");
        LOG.infof("document %s: parsed report stored", parsed.documentId());
    }

    @Incoming("audited")
    @Blocking(value = "store-workers", ordered = false)
    public void audited(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store audit result", () -> storeAudited(record));
    }

    private void storeAudited(ConsumerRecord<String, String> record) {
        AuditResultEvent result = EventJson.read(record.value(), AuditResultEvent.class);
        // One document's results are stored one at a time, so that its report and findings come from one result.
        // Findings first: a crash before the report is updated leaves the old ids on it, which the redelivery
        // then removes; the report last, so it shows the result only once its findings are all there.
        documents.exclusively(result.documentId(), () -> timed(() -> writes.store("document " + result.documentId()
                + " audited", () -> {
                    ReportRepository.StoredAudit current = repository.storedAudit(result.documentId());
                    if (current.newerThan(result.auditedAt())) {
                        LOG.infof("document %s: audit result of %s skipped, a newer one is stored",
                                result.documentId(), result.auditedAt());
                        return;
                    }
                    findings.replaceAll(result, current.region(), current.findingIds());
                    repository.audited(result, tracing.traceIdOf(record));
                })));
        writes.store("batch entry of " + result.documentId(), () -> batches.audited(result));
        stored("audited");
        LOG.infof("document %s: audit result stored, %d findings", result.documentId(), result.findings().size());
    }

    @Incoming("alerts")
    @Blocking(value = "store-workers", ordered = false)
    public void alert(ConsumerRecord<String, String> record) {
        tracing.traced(record, "store alert", () -> storeAlert(record));
    }

    private void storeAlert(ConsumerRecord<String, String> record) {
        AlertEvent alert = EventJson.read(record.value(), AlertEvent.class);
        writes.store("alert " + alert.alertId(), () -> alerts.store(alert, reviews.dismissed(alert.alertId())));
        stored("alert");
    }

    private void timed(Runnable store) {
        metrics.timer("query.store.duration").record(store);
    }

    private void stored(String stage) {
        metrics.counter("query.events.stored", "stage", stage).increment();
    }
}
