package ogi.audit.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.audit.service.ReportAuditor;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.support.messaging.DeadLetters;
import ogi.support.messaging.ServiceStopping;
import ogi.support.tracing.RecordTracing;

/**
 * Consumes parsed reports a poll at a time (SmallRye's batch mode). The poll is acknowledged after every audit
 * result and alert of it is on the broker; a record that is not a parsed report goes to the dead-letter topic alone
 * ({@link DeadLetters}) and the rest of the poll is audited.
 */
@ApplicationScoped
public class ParsedReportConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedReportConsumer.class);

    private final ReportAuditor auditor;
    private final MeterRegistry metrics;
    private final RecordTracing tracing;
    private final DeadLetters deadLetters;
    private final ServiceStopping stopping;

    public ParsedReportConsumer(ReportAuditor auditor, MeterRegistry metrics, RecordTracing tracing,
            @Channel("rejected") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> rejected, ServiceStopping stopping) {
        this.tracing = tracing;
        this.stopping = stopping;
        this.auditor = auditor;
        this.metrics = metrics;
        this.deadLetters = new DeadLetters(rejected);
    }

    /**
     * Audits the poll's reports together; when that fails for one of them (not an outage: MongoWrites waits those
     * out), each alone, and a report that still fails is dead-lettered. What was sent before is sent again: results
     * and alerts have fixed ids, so the query service stores them once. While the service stops, a failure is the
     * stop's (emitters closing), not the reports': it is thrown on and the poll is read again after the restart.
     */
    private void audit(List<ReportAuditor.Parsed> parsed, List<ConsumerRecord<String, String>> records,
            List<RecordTracing.TracedWork> spans, List<DeadLetters.Rejected> rejected) {
        try {
            auditor.onParsed(parsed);
        } catch (RuntimeException pollFailed) {
            stopping.throwIfStopping(records, pollFailed);
            LOG.warnf("%d parsed reports: auditing them together failed (%s), auditing them one at a time",
                    parsed.size(), pollFailed.getMessage());
            for (int i = 0; i < parsed.size(); i++) {
                ConsumerRecord<String, String> record = records.get(i);
                RecordTracing.TracedWork span = spans.get(i);
                try {
                    auditor.onParsed(List.of(parsed.get(i)));
                } catch (RuntimeException e) {
                    stopping.throwIfStopping(records, e);
                    span.failed(e);
                    metrics.counter("audit.reports", "outcome", "failed").increment();
                    LOG.warnf("record %s-%d@%d key %s: audit failed, to the dead-letter topic: %s", record.topic(),
                            record.partition(), record.offset(), record.key(), e.getMessage());
                    rejected.add(new DeadLetters.Rejected(record, e));
                }
            }
        }
    }

    @Incoming("parsed")
    @Blocking(value = "audit-workers", ordered = false)
    public void consume(ConsumerRecords<String, String> records) {
        List<ReportAuditor.Parsed> parsed = new ArrayList<>();
        // the records read and their spans, in the order of parsed
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        List<RecordTracing.TracedWork> readSpans = new ArrayList<>();
        List<RecordTracing.TracedWork> spans = new ArrayList<>();
        List<DeadLetters.Rejected> rejected = new ArrayList<>();
        try {
            for (ConsumerRecord<String, String> record : records) {
                // each record's span stays open until the poll is done; its results and alerts are sent in it
                RecordTracing.TracedWork span = tracing.start(record, "audit report");
                spans.add(span);
                try {
                    parsed.add(new ReportAuditor.Parsed(EventJson.read(record.value(), ParsedReportEvent.class),
                            Context.current()));
                    read.add(record);
                    readSpans.add(span);
                } catch (RuntimeException e) {
                    span.failed(e);
                    metrics.counter("audit.reports", "outcome", "rejected").increment();
                    LOG.warnf("record %s-%d@%d key %s: not a parsed report event, to the dead-letter topic: %s",
                            record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
                    rejected.add(new DeadLetters.Rejected(record, e));
                }
            }
            if (!parsed.isEmpty()) {
                audit(parsed, read, readSpans, rejected);
            }
            deadLetters.send(rejected);
        } finally {
            for (int i = spans.size() - 1; i >= 0; i--) {
                spans.get(i).close();
            }
        }
    }
}
