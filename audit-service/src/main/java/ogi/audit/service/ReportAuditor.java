package ogi.audit.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import ogi.audit.copying.CopyDetector;
import ogi.audit.copying.SectionCopy;
import ogi.audit.review.DismissedFindings;
import ogi.audit.rules.RuleCatalogue;
import ogi.audit.series.ReportSeries;
import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.messaging.OutgoingEvents;
import ogi.support.logging.ProgressLog;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.support.MongoWrites;

/**
 * Audits parsed reports and publishes the results: one audit result per report on {@code ogi.reports.audited},
 * one alert per warning or error on {@code ogi.audit.alerts} (none for a finding a reviewer dismissed), each
 * awaited until the broker has it. A report is
 * compared with its agency's previous year when that report has been seen; when a report arrives after its
 * successor, the successor is audited again.
 */
@ApplicationScoped
public class ReportAuditor {
    private static final Logger LOG = Logger.getLogger(ReportAuditor.class);
    private static final ProgressLog PROGRESS = new ProgressLog(LOG, "reports audited");

    private final RuleCatalogue catalogue;
    private final ReportSeries reports;
    private final MutinyEmitter<String> audited;
    private final MutinyEmitter<String> alerts;
    private final MeterRegistry metrics;
    private final MongoWrites mongo;
    private final DismissedFindings dismissed;
    private final CopyDetector copying;

    public ReportAuditor(RuleCatalogue catalogue, ReportSeries reports,
            @Channel("audited") MutinyEmitter<String> audited, @Channel("alerts") MutinyEmitter<String> alerts,
            MeterRegistry metrics, MongoWrites mongo, DismissedFindings dismissed, CopyDetector copying) {
        this.dismissed = dismissed;
        this.copying = copying;
        this.catalogue = catalogue;
        this.reports = reports;
        this.mongo = mongo;
        this.audited = audited;
        this.alerts = alerts;
        this.metrics = metrics;
    }

    /**
     * A newly parsed report: remember it, audit it, re-check its successor if that came first, and re-check the other
     * agencies' reports it shares a copied section with (once per pair: a replay re-checks none).
     */
    public void onParsed(ParsedReportEvent event) {
        mongo.store("document " + event.documentId() + " remembered for the audit", () -> reports.save(event));
        List<SectionCopy> copies = auditAndPublish(event);
        ReportMetadata meta = event.report().metadata();
        if (meta.seriesKey() != null && meta.year() != null) {
            List<ParsedReportEvent> successors = new ArrayList<>();
            mongo.store("successors of " + event.documentId(), () -> successors.addAll(
                    reports.find(meta.seriesKey(), meta.year() + 1)));
            for (ParsedReportEvent successor : successors) {
                LOG.infof("document %s: re-checked now that its predecessor %s (%s %d) is here",
                        successor.documentId(), event.documentId(), meta.agency(), meta.year());
                auditAndPublish(successor);
            }
        }
        reauditCopied(event, copies);
    }

    /** Audits again the reports the new one copies or is copied by, so that their findings name it too. */
    private void reauditCopied(ParsedReportEvent event, List<SectionCopy> copies) {
        if (copies.isEmpty()) {
            return;
        }
        String id = event.documentId();
        Set<String> fresh = mongo.fetch("copy partners of " + id, () -> copying.newPartners(id, copies));
        for (String other : new TreeSet<>(fresh)) {
            Optional<ParsedReportEvent> partner = mongo.fetch("document " + other, () -> reports.byId(other));
            partner.ifPresent(p -> {
                LOG.infof("document %s: re-checked now that %s, of another agency, shares a section with it", other,
                        id);
                auditAndPublish(p);
            });
        }
        mongo.store("copy partners of " + id, () -> copying.partnered(id, fresh));
    }

    /**
     * Runs the current catalogue over every report seen; results replace the old ones downstream. Every report is in
     * the copy index first, so each finds all the others (reports seen before the index existed included).
     */
    public long reauditAll() {
        reports.forEach(e -> mongo.store("copy index of " + e.documentId(), () -> copying.index(e)));
        long n = reports.forEach(this::auditAndPublish);
        LOG.infof("re-audit with catalogue %s: %d reports", RuleCatalogue.VERSION, n);
        return n;
    }

    /** The findings of a report a reviewer dismissed, among those that would raise an alert (one lookup). */
    private java.util.Set<String> dismissedByReviewer(String documentId, List<Finding> findings) {
        List<String> alerting = findings.stream().filter(f -> f.severity().raisesAlert()).map(Finding::findingId)
                .toList();
        if (alerting.isEmpty()) {
            return java.util.Set.of();
        }
        return mongo.fetch("review state of the findings of " + documentId, () -> dismissed.dismissedAmong(alerting));
    }

    /** Audits and publishes the report; returns its sections copied across agencies. */
    private List<SectionCopy> auditAndPublish(ParsedReportEvent event) {
        Timer.Sample sample = Timer.start(metrics);
        try {
            return auditAndPublishTimed(event);
        } finally {
            sample.stop(metrics.timer("audit.duration"));
        }
    }

    private List<SectionCopy> auditAndPublishTimed(ParsedReportEvent event) {
        String id = event.documentId();
        ReportMetadata meta = event.report().metadata();
        Report previous = meta.seriesKey() == null || meta.year() == null ? null
                : mongo.fetch("previous year of " + id, () -> reports.previousYear(event));
        List<SectionCopy> copies = mongo.fetch("copies across agencies of " + id, () -> copying.copiesOf(event));
        RuleCatalogue.Outcome outcome = catalogue.run(id, event.report(), previous, copies);
        List<Finding> findings = outcome.findings();
        Instant now = Instant.now();
        AuditResultEvent result = new AuditResultEvent(EventTypes.SCHEMA_VERSION, id, RuleCatalogue.VERSION, now,
                meta.agency(), meta.year(), findings, outcome.ruleResults(), event.batchId());
        // The result and its alerts go out together and are awaited together: the producer batches them.
        List<Uni<Void>> sends = new ArrayList<>();
        sends.add(audited.sendMessage(OutgoingEvents.message(id, id + ":audited:" + RuleCatalogue.VERSION,
                EventTypes.AUDIT_RESULT, "audit-service", result)));
        java.util.Set<String> dismissedFindings = dismissedByReviewer(id, findings);
        for (Finding f : findings) {
            metrics.counter("audit.findings", "rule", f.ruleId(), "severity", f.severity().name()).increment();
            if (f.severity().raisesAlert() && !dismissedFindings.contains(f.findingId())) {
                AlertEvent alert = new AlertEvent(EventTypes.SCHEMA_VERSION, f.findingId(), id, meta.agency(),
                        meta.year(), RuleCatalogue.VERSION, now, f);
                sends.add(alerts.sendMessage(OutgoingEvents.message(id, f.findingId(), EventTypes.ALERT,
                        "audit-service", alert)));
            }
        }
        Uni.join().all(sends).andFailFast().await().indefinitely();
        metrics.counter("audit.reports", "outcome", "audited").increment();
        PROGRESS.count(previous == null ? "audited" : "audited against the previous year");
        LOG.debugf("document %s (%s %s): audited with catalogue %s%s, %d findings", id, meta.agency(), meta.year(),
                RuleCatalogue.VERSION, previous == null ? "" : " against its previous year", findings.size());
        return copies;
    }
}
