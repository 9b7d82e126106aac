package ogi.audit.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.audit.service.ReportAuditor;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.support.tracing.RecordTracing;

/**
 * Consumes parsed reports. The record is acknowledged after the audit result and every alert are on the broker; a
 * record that is not a parsed report goes to the dead-letter topic.
 */
@ApplicationScoped
public class ParsedReportConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedReportConsumer.class);

    private final ReportAuditor auditor;
    private final MeterRegistry metrics;
    private final RecordTracing tracing;

    public ParsedReportConsumer(ReportAuditor auditor, MeterRegistry metrics, RecordTracing tracing) {
        this.tracing = tracing;
        this.auditor = auditor;
        this.metrics = metrics;
    }

    @Incoming("parsed")
    @Blocking(value = "audit-workers", ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        tracing.traced(record, "audit report", () -> audit(record));
    }

    private void audit(ConsumerRecord<String, String> record) {
        ParsedReportEvent parsed;
        try {
            parsed = EventJson.read(record.value(), ParsedReportEvent.class);
        } catch (RuntimeException e) {
            metrics.counter("audit.reports", "outcome", "rejected").increment();
            LOG.warnf("record %s-%d@%d key %s: not a parsed report event: %s", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            throw e;
        }
        auditor.onParsed(parsed);
    }
}
