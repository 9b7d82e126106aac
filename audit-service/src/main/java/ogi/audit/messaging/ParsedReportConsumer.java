package ogi.audit.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import ogi.audit.rules.RuleCatalogue;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.messaging.OutgoingEvents;

/**
 * Consumes parsed reports, emits one audit result and one alert per warning or error finding. The record is
 * acknowledged after the broker took the result and every alert; a record that is not a parsed report goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class ParsedReportConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedReportConsumer.class);

    private final RuleCatalogue catalogue;
    private final MutinyEmitter<String> audited;
    private final MutinyEmitter<String> alerts;
    private final MeterRegistry metrics;

    public ParsedReportConsumer(RuleCatalogue catalogue, @Channel("audited") MutinyEmitter<String> audited,
            @Channel("alerts") MutinyEmitter<String> alerts, MeterRegistry metrics) {
        this.catalogue = catalogue;
        this.audited = audited;
        this.alerts = alerts;
        this.metrics = metrics;
    }

    @Incoming("parsed")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ParsedReportEvent parsed;
        try {
            parsed = EventJson.read(record.value(), ParsedReportEvent.class);
        } catch (RuntimeException e) {
            metrics.counter("audit.reports", "outcome", "rejected").increment();
            LOG.warnf("record %s-%d@%d key %s: not a parsed report event: %s", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            throw e;
        }
        String id = parsed.documentId();
        var meta = parsed.report().metadata();
        List<Finding> findings = catalogue.audit(id, parsed.report());
        Instant now = Instant.now();
        AuditResultEvent result = new AuditResultEvent(EventTypes.SCHEMA_VERSION, id, RuleCatalogue.VERSION, now,
                meta.agency(), meta.year(), findings);
        audited.sendMessageAndAwait(OutgoingEvents.message(id, id + ":audited:" + RuleCatalogue.VERSION,
                EventTypes.AUDIT_RESULT, "audit-service", result));
        for (Finding f : findings) {
            metrics.counter("audit.findings", "rule", f.ruleId(), "severity", f.severity().name()).increment();
            if (f.severity().raisesAlert()) {
                AlertEvent alert = new AlertEvent(EventTypes.SCHEMA_VERSION, f.findingId(), id, meta.agency(),
                        meta.year(), RuleCatalogue.VERSION, now, f);
                alerts.sendMessageAndAwait(OutgoingEvents.message(id, f.findingId(), EventTypes.ALERT,
                        "audit-service", alert));
            }
        }
        metrics.counter("audit.reports", "outcome", "audited").increment();
        LOG.infof("document %s (%s %s): audited with catalogue %s, %d findings", id, meta.agency(), meta.year(),
                RuleCatalogue.VERSION, findings.size());
    }
}
