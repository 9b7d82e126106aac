package ogi.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.ParsedReportEvent;
import ogi.query.api.ViewsRebuilt;
import ogi.query.region.AgencyDivisions;
import ogi.query.store.ReadModelWriter;
import ogi.query.store.ReportRepository;
import ogi.query.store.ReviewRepository;
import ogi.query.store.StoredAudit;
import ogi.query.store.ViewRepository;

/**
 * The one writer of the read model ({@code reports}, {@code findings}, {@code alerts}, {@code agency_years},
 * {@code region_entries}): the consumers hand it typed {@link PipelineEvent}s, a batch at a time, and it decides
 * what is written and in which order, through {@link ReadModelWriter} (one bulk write per collection per batch).
 * Its rules:
 * <ul>
 * <li>status only moves forward ({@code received} &lt; {@code parsed} &lt; {@code failed} &lt; {@code audited}, a
 * rank raised with {@code $max}), so stages arriving in any order, or replayed, never move a report back;</li>
 * <li>an audit result replaces the report's audit and findings unless the report holds a newer one; one document's
 * results are stored one at a time, so that its report and findings come from one result;</li>
 * <li>after every write that changes what a report's entries hold (parse, audit, placement) its entries are
 * refreshed by revision ({@link ViewRefresh});</li>
 * <li>an alert is stored once, withdrawn when a reviewer dismissed its finding.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportProjector {
    private static final Logger LOG = Logger.getLogger(ReportProjector.class);

    private final ReadModelWriter writer;
    private final ReportRepository reports;
    private final ReviewRepository reviews;
    private final AgencyDivisions divisions;
    private final ViewRefresh views;
    private final ViewRepository entries;
    private final DocumentLocks documents = new DocumentLocks();

    ReportProjector(ReadModelWriter writer, ReportRepository reports, ReviewRepository reviews,
            AgencyDivisions divisions, ViewRefresh views, ViewRepository entries) {
        this.entries = entries;
        this.writer = writer;
        this.reports = reports;
        this.reviews = reviews;
        this.divisions = divisions;
        this.views = views;
    }

    /** Stores a batch of events (of any kinds; the consumers give one topic's at a time). */
    public void project(List<? extends PipelineEvent> events) {
        List<PipelineEvent.Received> received = new ArrayList<>();
        List<PipelineEvent.Failed> failed = new ArrayList<>();
        List<PipelineEvent.Parsed> parsed = new ArrayList<>();
        List<PipelineEvent.Audited> audited = new ArrayList<>();
        List<PipelineEvent.Alerted> alerted = new ArrayList<>();
        for (PipelineEvent e : events) {
            if (e instanceof PipelineEvent.Received r) {
                received.add(r);
            } else if (e instanceof PipelineEvent.Failed f) {
                failed.add(f);
            } else if (e instanceof PipelineEvent.Parsed p) {
                parsed.add(p);
            } else if (e instanceof PipelineEvent.Audited a) {
                audited.add(a);
            } else if (e instanceof PipelineEvent.Alerted a) {
                alerted.add(a);
            }
        }
        if (!received.isEmpty()) {
            writer.received(received.stream().map(PipelineEvent.Received::receipt).toList());
        }
        if (!parsed.isEmpty()) {
            parsed(parsed);
        }
        if (!audited.isEmpty()) {
            audited(audited);
        }
        if (!failed.isEmpty()) {
            writer.failed(failed.stream().map(f -> new ReadModelWriter.FailedWrite(f.documentId(), f.stage(),
                    f.reason(), f.at())).toList());
        }
        if (!alerted.isEmpty()) {
            Set<String> dismissed = reviews.dismissedAmong(alerted.stream().map(a -> a.alert().alertId()).toList());
            writer.alerts(alerted.stream().map(a -> new ReadModelWriter.AlertWrite(a.alert(),
                    dismissed.contains(a.alert().alertId()))).toList());
        }
    }

    private void parsed(List<PipelineEvent.Parsed> batch) {
        List<ReadModelWriter.ParsedWrite> writes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (PipelineEvent.Parsed p : batch) {
            ParsedReportEvent event = p.event();
            var meta = event.report().metadata();
            Optional<AgencyDivisions.Placed> placed = divisions.of(meta.agency(), event.report().text());
            List<String> viewKeys = ViewRefresh.listed(ViewRepository.agencyKey(meta.agency(), meta.year()),
                    ViewRepository.regionKey(event.documentId(), meta.year(),
                            placed.map(pl -> pl.division().code()).orElse(null)));
            writes.add(new ReadModelWriter.ParsedWrite(event,
                    placed.map(pl -> pl.division().name()).orElse(meta.region()),
                    placed.map(AgencyDivisions.Placed::placement).orElse(null),
                    placed.map(AgencyDivisions.Placed::levels).orElse(List.of()), viewKeys));
            ids.add(event.documentId());
        }
        writer.parsed(writes);
        views.refresh(ids);
    }

    private void audited(List<PipelineEvent.Audited> batch) {
        // of several results for one document in a batch, the newest
        Map<String, PipelineEvent.Audited> newest = new LinkedHashMap<>();
        for (PipelineEvent.Audited a : batch) {
            newest.merge(a.result().documentId(), a, (x, y) -> y.result().auditedAt().isBefore(
                    x.result().auditedAt()) ? x : y);
        }
        documents.exclusively(newest.keySet(), () -> {
            List<ReadModelWriter.AuditWrite> writes = new ArrayList<>();
            Map<String, StoredAudit> stored = reports.storedAudits(newest.keySet());
            for (PipelineEvent.Audited a : newest.values()) {
                AuditResultEvent result = a.result();
                StoredAudit current = stored.get(result.documentId());
                if (current.newerThan(result.auditedAt())) {
                    LOG.debugf("document %s: audit result of %s skipped, a newer one is stored",
                            result.documentId(), result.auditedAt());
                    continue;
                }
                writes.add(new ReadModelWriter.AuditWrite(result, a.traceId(), current.region(),
                        current.findingIds()));
            }
            writer.audited(writes);
            views.refresh(writes.stream().map(w -> w.result().documentId()).toList());
        });
    }

    /** Places every report of the agency in the division (a correction); returns how many moved. */
    public long placeAgency(String agency, AgencyDivisions.Placed placed) {
        long moved = 0;
        for (String id : entries.documentsOf(agency)) {
            if (writer.placed(id, placed.placement(), placed.levels())) {
                moved++;
            }
            views.refresh(id);
        }
        return moved;
    }

    /** Withdraws the finding's alert from the feed (a reviewer dismissed it), or brings it back. */
    public void alertDismissed(String findingId, boolean dismissed) {
        writer.alertDismissed(findingId, dismissed);
    }

    public ViewsRebuilt rebuildViews() {
        return views.rebuild();
    }

    /** At start-up, rebuilds the entries in the background if they were made by an older version (or never). */
    void rebuildIfOutdated(@Observes StartupEvent event) {
        if (!views.outdated()) {
            return;
        }
        Thread rebuild = new Thread(() -> {
            try {
                views.rebuild();
            } catch (RuntimeException e) {
                LOG.errorf(e, "views: rebuild failed (run POST /views/rebuild once MongoDB is back)");
            }
        }, "views-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

}
