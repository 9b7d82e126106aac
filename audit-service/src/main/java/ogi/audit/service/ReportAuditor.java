package ogi.audit.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import ogi.audit.copying.CopyDetector;
import ogi.audit.copying.SectionCopy;
import ogi.audit.review.DismissedFindings;
import ogi.audit.rules.RuleCatalogue;
import ogi.audit.series.AgencyYear;
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
    /** Sections copied across agencies (PROSE-004): the index, and which pairs were audited again. */
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

    /** A parsed report and the trace context its audit results and alerts are sent in. */
    public record Parsed(ParsedReportEvent event, Context trace) {
    }

    /**
     * A poll's parsed reports: remembered in one bulk write, their previous and next years read together, each
     * audited, then the reviewers' dismissals of all their alerting findings read at once, and every result and
     * alert sent and awaited together. A report whose successor came first has the successor re-checked (unless the
     * successor is in the same poll: it is audited with the report visible already).
     */
    public void onParsed(List<Parsed> poll) {
        Map<String, Parsed> byId = new LinkedHashMap<>();
        poll.forEach(p -> byId.put(p.event().documentId(), p));
        List<ParsedReportEvent> events = byId.values().stream().map(Parsed::event).toList();
        mongo.store(events.size() + " documents remembered for the audit", () -> reports.saveAll(events));
        Set<AgencyYear> wanted = new LinkedHashSet<>();
        for (ParsedReportEvent e : events) {
            ReportMetadata meta = e.report().metadata();
            if (meta.seriesKey() != null && meta.year() != null) {
                wanted.add(new AgencyYear(meta.seriesKey(), meta.year() - 1));
                wanted.add(new AgencyYear(meta.seriesKey(), meta.year() + 1));
            }
        }
        Map<AgencyYear, List<ParsedReportEvent>> years = new HashMap<>(
                mongo.fetch("previous and next years of " + events.size() + " documents", () -> reports.findAll(wanted)));
        List<Audit> audits = new ArrayList<>();
        for (Parsed p : byId.values()) {
            audits.add(new Audit(p.event(), p.trace(), previous(p.event(), years), copiesOf(p.event())));
        }
        Map<String, Parsed> successors = new LinkedHashMap<>();
        for (Parsed p : byId.values()) {
            ReportMetadata meta = p.event().report().metadata();
            if (meta.seriesKey() == null || meta.year() == null) {
                continue;
            }
            for (ParsedReportEvent successor : years.getOrDefault(new AgencyYear(meta.seriesKey(), meta.year() + 1),
                    List.of())) {
                if (!byId.containsKey(successor.documentId()) && !successors.containsKey(successor.documentId())) {
                    LOG.infof("document %s: re-checked now that its predecessor %s (%s %d) is here",
                            successor.documentId(), p.event().documentId(), meta.agency(), meta.year());
                    successors.put(successor.documentId(), new Parsed(successor, p.trace()));
                }
            }
        }
        if (!successors.isEmpty()) {
            // a successor is compared with the newest report of the year before it, which may be another than ours
            Set<AgencyYear> theirYears = new LinkedHashSet<>();
            successors.values().forEach(s -> theirYears.add(new AgencyYear(s.event().report().metadata().seriesKey(),
                    s.event().report().metadata().year() - 1)));
            years.putAll(mongo.fetch("years before " + successors.size() + " successors",
                    () -> reports.findAll(theirYears)));
            successors.values().forEach(s -> audits.add(new Audit(s.event(), s.trace(), previous(s.event(), years),
                    copiesOf(s.event()))));
        }
        publish(audits);
        reauditCopied(audits);
    }

    /** The report's copied sections; it is put in the copy index first (in poll order, so later ones find it). */
    private List<SectionCopy> copiesOf(ParsedReportEvent event) {
        return mongo.fetch("copies across agencies of " + event.documentId(), () -> copying.copiesOf(event));
    }

    /**
     * Audits again the other agencies' reports these share a copied section with, so that their findings name these
     * too: once per pair (a replay re-checks none).
     */
    private void reauditCopied(List<Audit> audits) {
        Map<String, Set<String>> partnered = new LinkedHashMap<>();
        Map<String, Audit> again = new LinkedHashMap<>();
        for (Audit a : audits) {
            if (a.copies().isEmpty()) {
                continue;
            }
            String id = a.event().documentId();
            Set<String> fresh = mongo.fetch("copy partners of " + id, () -> copying.newPartners(id, a.copies()));
            partnered.put(id, fresh);
            for (String other : new TreeSet<>(fresh)) {
                if (again.containsKey(other)) {
                    continue;
                }
                Optional<ParsedReportEvent> partner = mongo.fetch("document " + other, () -> reports.byId(other));
                partner.ifPresent(p -> {
                    LOG.infof("document %s: re-checked now that %s, of another agency, shares a section with it",
                            other, id);
                    Report previous = mongo.fetch("previous year of " + other, () -> reports.previousYear(p));
                    again.put(other, new Audit(p, a.trace(), previous, copiesOf(p)));
                });
            }
        }
        if (!again.isEmpty()) {
            publish(new ArrayList<>(again.values()));
        }
        partnered.forEach((id, fresh) -> mongo.store("copy partners of " + id, () -> copying.partnered(id, fresh)));
    }

    /** The report's newest predecessor (another document) among the years read, or null. */
    private static Report previous(ParsedReportEvent event, Map<AgencyYear, List<ParsedReportEvent>> years) {
        ReportMetadata meta = event.report().metadata();
        if (meta.seriesKey() == null || meta.year() == null) {
            return null;
        }
        return years.getOrDefault(new AgencyYear(meta.seriesKey(), meta.year() - 1), List.of()).stream()
                .filter(e -> !e.documentId().equals(event.documentId())).findFirst().map(ParsedReportEvent::report)
                .orElse(null);
    }

    /**
     * Runs the current catalogue over every report seen; results replace the old ones downstream. Every report is in
     * the copy index first, so each finds all the others (reports seen before the index existed included).
     */
    public long reauditAll() {
        reports.forEach(e -> mongo.store("copy index of " + e.documentId(), () -> copying.index(e)));
        long n = reports.forEach(e -> publish(List.of(new Audit(e, Context.current(), reports.previousYear(e),
                copiesOf(e)))));
        LOG.infof("re-audit with catalogue %s: %d reports", RuleCatalogue.VERSION, n);
        return n;
    }

    /**
     * A report to audit, the trace its messages go in, what it is compared with (null: nothing) and its sections
     * copied across agencies.
     */
    private record Audit(ParsedReportEvent event, Context trace, Report previous, List<SectionCopy> copies) {
    }

    /** An audit's outcome, before its alerts are filtered by the reviewers' dismissals. */
    private record Outcome(Audit audit, AuditResultEvent result) {
    }

    /**
     * Audits each report, reads the dismissals of all their alerting findings in one query, then sends every result
     * and alert and awaits them together (the producer batches them).
     */
    private void publish(List<Audit> audits) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Audit a : audits) {
            Timer.Sample sample = Timer.start(metrics);
            outcomes.add(new Outcome(a, audit(a)));
            sample.stop(metrics.timer("audit.duration"));
        }
        List<String> alerting = outcomes.stream().flatMap(o -> o.result().findings().stream())
                .filter(f -> f.severity().raisesAlert()).map(Finding::findingId).toList();
        Set<String> dismissedFindings = alerting.isEmpty() ? Set.of()
                : mongo.fetch("review state of " + alerting.size() + " findings",
                        () -> dismissed.dismissedAmong(alerting));
        List<Uni<Void>> sends = new ArrayList<>();
        for (Outcome o : outcomes) {
            AuditResultEvent result = o.result();
            String id = result.documentId();
            TracingMetadata trace = TracingMetadata.withCurrent(o.audit().trace());
            sends.add(audited.sendMessage(OutgoingEvents.message(id, id + ":audited:" + RuleCatalogue.VERSION,
                    EventTypes.AUDIT_RESULT, "audit-service", result).addMetadata(trace)));
            for (Finding f : result.findings()) {
                metrics.counter("audit.findings", "rule", f.ruleId(), "severity", f.severity().name()).increment();
                if (f.severity().raisesAlert() && !dismissedFindings.contains(f.findingId())) {
                    AlertEvent alert = new AlertEvent(EventTypes.SCHEMA_VERSION, f.findingId(), id, result.agency(),
                            result.year(), RuleCatalogue.VERSION, result.auditedAt(), f);
                    sends.add(alerts.sendMessage(OutgoingEvents.message(id, f.findingId(), EventTypes.ALERT,
                            "audit-service", alert).addMetadata(trace)));
                }
            }
        }
        Uni.join().all(sends).andFailFast().await().indefinitely();
        for (Outcome o : outcomes) {
            metrics.counter("audit.reports", "outcome", "audited").increment();
            PROGRESS.count(o.audit().previous() == null ? "audited" : "audited against the previous year");
            LOG.debugf("document %s (%s %s): audited with catalogue %s%s, %d findings", o.result().documentId(),
                    o.result().agency(), o.result().year(), RuleCatalogue.VERSION,
                    o.audit().previous() == null ? "" : " against its previous year", o.result().findings().size());
        }
    }

    private AuditResultEvent audit(Audit a) {
        ParsedReportEvent event = a.event();
        ReportMetadata meta = event.report().metadata();
        RuleCatalogue.Outcome outcome = catalogue.run(event.documentId(), event.report(), a.previous(), a.copies());
        return new AuditResultEvent(EventTypes.SCHEMA_VERSION, event.documentId(), RuleCatalogue.VERSION,
                Instant.now(), meta.agency(), meta.year(), outcome.findings(), outcome.ruleResults(), event.batchId());
    }
}
