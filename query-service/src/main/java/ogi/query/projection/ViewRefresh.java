package ogi.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ogi.query.api.ViewsRebuilt;
import ogi.query.store.ReadModelWriter;
import ogi.query.store.RegionEntry;
import ogi.query.store.ReportRepository;
import ogi.query.store.ViewRepository;
import ogi.query.store.ViewSource;
import ogi.query.store.ViewWrites;

/**
 * Keeps {@code agency_years} and {@code region_entries} (see {@link ViewRepository}) in step with the reports.
 * Entries are refreshed from the report after every write that changes what they hold (parse, audit, placement),
 * carrying the report's {@code revision}: an entry is only replaced by one of a later revision, and a refresh that
 * finds the report changed meanwhile goes again, so two query-service instances refreshing the same report out of
 * order cannot leave the older state behind. The report lists the keys it was ever entered under ({@code viewKeys}:
 * {@code a:} agency-year, {@code r:} region entry); those it no longer belongs to are cleared. Every filter is the
 * primary key alone (the stand-in scans the whole collection for any other), so revisions are compared here rather
 * than in a filter.
 */
@ApplicationScoped
class ViewRefresh {
    /** Raise when what the entries hold changes: the query service then rebuilds them at start-up. */
    static final int VERSION = 2;
    private static final Logger LOG = Logger.getLogger(ViewRefresh.class);

    private final ReportRepository reports;
    private final ViewRepository views;
    private final ReadModelWriter writer;
    /** Reports refreshed together by a rebuild. */
    private static final int REBUILD_PAGE = 200;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    ViewRefresh(ReportRepository reports, ViewRepository views, ReadModelWriter writer) {
        this.reports = reports;
        this.views = views;
        this.writer = writer;
    }

    /** What the report lists in {@code viewKeys} for its agency-year and its region entry (nulls left out). */
    static List<String> listed(String agencyKey, String regionKey) {
        List<String> keys = new ArrayList<>(2);
        if (agencyKey != null) {
            keys.add("a:" + agencyKey);
        }
        if (regionKey != null) {
            keys.add("r:" + regionKey);
        }
        return keys;
    }

    /** Brings the report's entries in line with what is stored of it now. */
    void refresh(String documentId) {
        refresh(List.of(documentId));
    }

    /**
     * Brings the reports' entries in line with what is stored of them now: their sources read together, the entries
     * written in one bulk write per collection; a report that changed meanwhile is refreshed again.
     */
    void refresh(Collection<String> documentIds) {
        Collection<String> pending = documentIds;
        for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
            Map<String, Long> written = writeEntries(pending);
            Map<String, Long> now = reports.revisionsOf(written.keySet());
            pending = written.entrySet().stream().filter(w -> now.getOrDefault(w.getKey(), -1L) != w.getValue())
                    .map(Map.Entry::getKey).toList();
        }
        if (!pending.isEmpty()) {
            LOG.warnf("views of documents %s: the reports kept changing while their entries were refreshed", pending);
        }
    }

    /** Writes the entries of the stored reports' current state; returns the revision each was written from. */
    private Map<String, Long> writeEntries(Collection<String> documentIds) {
        Map<String, ViewSource> sources = views.sources(documentIds);
        Set<String> regionKeys = new HashSet<>();
        for (ViewSource report : sources.values()) {
            String key = ViewRepository.regionKey(report.documentId(), report.year(), report.divisionCode());
            if (key != null) {
                regionKeys.add(key);
            }
            report.viewKeys().stream().filter(k -> k.startsWith("r:")).forEach(k -> regionKeys.add(k.substring(2)));
        }
        Map<String, Long> regionRevisions = views.regionEntryRevisions(regionKeys);
        ViewWrites writes = new ViewWrites();
        Map<String, Long> written = new HashMap<>();
        for (ViewSource report : sources.values()) {
            plan(report, regionRevisions, writes);
            written.put(report.documentId(), report.revision());
        }
        writer.views(writes);
        return written;
    }

    /** Adds the writes that bring this state of the report's entries in. */
    private static void plan(ViewSource report, Map<String, Long> regionRevisions, ViewWrites writes) {
        String id = report.documentId();
        long revision = report.revision();
        String agencyKey = ViewRepository.agencyKey(report.agency(), report.year());
        String regionKey = ViewRepository.regionKey(id, report.year(), report.divisionCode());
        List<String> current = listed(agencyKey, regionKey);
        if (!report.viewKeys().containsAll(current)) {
            writes.list(id, current);
        }
        if (agencyKey != null) {
            writes.agencyYear(agencyKey, report.agency(), report.year(), id, report.receivedAt(), revision);
        }
        if (regionKey != null && regionRevisions.getOrDefault(regionKey, -1L) < revision) {
            ViewSource.Figures figures = report.figures();
            writes.regionEntry(new RegionEntry(regionKey, id, report.agency(), report.year(), report.divisionPath(),
                    figures.applications(), figures.outcomes(), figures.reviewAndLitigation(),
                    report.findingCounts(), revision));
        }
        for (String stale : report.viewKeys()) {
            if (current.contains(stale)) {
                continue;
            }
            if (stale.startsWith("a:")) {
                writes.unlistAgencyYear(stale.substring(2), id);
            } else if (stale.startsWith("r:")) {
                long stored = regionRevisions.getOrDefault(stale.substring(2), -1L);
                if (stored >= 0 && stored < revision) {
                    writes.deleteRegionEntry(stale.substring(2));
                }
            }
        }
    }

    /**
     * Rebuilds every report's entries from the reports (one pass over the collection); for reports stored before
     * the entries existed, or after {@link #VERSION} changed. Entries are replaced by revision, so it is safe while
     * reports keep arriving and when two instances run it at once.
     */
    ViewsRebuilt rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return new ViewsRebuilt(0, null, true);
        }
        try {
            long start = System.nanoTime();
            AtomicLong count = new AtomicLong();
            List<String> page = new ArrayList<>();
            reports.forEachId(id -> {
                page.add(id);
                if (page.size() == REBUILD_PAGE) {
                    refresh(page);
                    page.clear();
                }
                if (count.incrementAndGet() % 10_000 == 0) {
                    LOG.infof("views: %,d reports refreshed", count.get());
                }
            });
            refresh(page);
            writer.viewsRebuilt(VERSION, count.get());
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.infof("views rebuilt from %,d reports in %.1f s", count.get(), seconds);
            return new ViewsRebuilt(count.get(), Math.round(seconds * 10) / 10.0, null);
        } finally {
            rebuilding.set(false);
        }
    }

    boolean outdated() {
        return views.builtByVersion() < VERSION;
    }

}
