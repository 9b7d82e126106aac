package ogi.query.view;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;
import ogi.query.config.QueryConfig;
import ogi.query.region.RegionRollup;

/**
 * Small documents derived from each stored report, keyed so that the year-on-year comparison and the region rollups
 * and exports find their reports through the primary key alone:
 * <ul>
 * <li>{@code agency_years}: {@code <agency>|<year>}, the documents of an agency's year with their receipt time
 * ({@code documents.<documentId>}), read by key for the comparison and by key prefix for the agency's series;</li>
 * <li>{@code region_entries}: {@code <year>|<division code>|<documentId>}, a report's figures for the rollups.
 * Division codes are hierarchical (65 → 6542 → 654202), so a region and everything below it is one key prefix.</li>
 * </ul>
 * A prefix regex on {@code _id} is an index range scan on MongoDB and a scan of the key index (not of the
 * documents) on the stand-in, which answers any other non-key query by reading the whole collection (pitfall 15).
 * A province's rollup reads its reports' figures (under 1 kB each), not the reports (25 kB).
 * <p>
 * Entries are refreshed from the report after every write that changes what they hold (parse, audit, placement),
 * carrying the report's {@code revision}: an entry is only replaced by one of a later revision, and a refresh that
 * finds the report changed meanwhile goes again, so two query-service instances refreshing the same report out of
 * order cannot leave the older state behind. The report lists the keys
 * it was ever entered under ({@code viewKeys}: {@code a:} agency-year, {@code r:} region entry); those it no longer
 * belongs to are cleared. Document ids are SHA-256 hex, so they serve as field names.
 */
@ApplicationScoped
public class ReportViews {
    static final String AGENCY_YEARS = "agency_years";
    static final String REGION_ENTRIES = "region_entries";
    private static final String STATE = "view_state";
    /** Raise when what the entries hold changes: the query service then rebuilds them at start-up. */
    static final int VERSION = 2;
    private static final Logger LOG = Logger.getLogger(ReportViews.class);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final com.mongodb.client.model.UpdateOptions UPSERT_UPDATE =
            new com.mongodb.client.model.UpdateOptions().upsert(true);
    private static final Document SOURCE_FIELDS = new Document("agency", 1).append("year", 1).append("division", 1)
            .append("findingCounts", 1).append("receivedAt", 1).append("revision", 1)
            .append("viewKeys", 1).append("report.table1", 1).append("report.table2", 1).append("report.table3", 1);

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> agencyYears;
    private final MongoCollection<Document> regionEntries;
    private final MongoCollection<Document> state;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public ReportViews(MongoClient client, QueryConfig config) {
        var db = client.getDatabase(config.database());
        this.reports = db.getCollection("reports");
        this.agencyYears = db.getCollection(AGENCY_YEARS);
        this.regionEntries = db.getCollection(REGION_ENTRIES);
        this.state = db.getCollection(STATE);
    }

    /** The report's agency-year in {@code agency_years} ({@code -} for a year not read), or null without an agency. */
    public static String agencyKey(String agency, Integer year) {
        return agency == null ? null : agency + "|" + (year == null ? "-" : year);
    }

    /** The key of a report in {@code region_entries}, or null when it is not placed or has no year. */
    public static String regionKey(String documentId, Integer year, String divisionCode) {
        return year == null || divisionCode == null ? null : year + "|" + divisionCode + "|" + documentId;
    }

    /** What the report lists in {@code viewKeys} for its agency-year and its region entry (nulls left out). */
    public static List<String> listed(String agencyKey, String regionKey) {
        List<String> keys = new ArrayList<>(2);
        if (agencyKey != null) {
            keys.add("a:" + agencyKey);
        }
        if (regionKey != null) {
            keys.add("r:" + regionKey);
        }
        return keys;
    }

    /**
     * Brings the report's entries in line with what is stored of it now. Every filter is the primary key alone (the
     * stand-in scans the whole collection for any other), so the revision is compared here rather than in the
     * filter; a refresh that finds the report changed meanwhile goes again, so the last one leaves the newest state.
     */
    public void refresh(String documentId) {
        for (int round = 0; round < 5; round++) {
            Document report = reports.find(eq("_id", documentId)).projection(SOURCE_FIELDS).first();
            if (report == null || refresh(report) == storedRevision(reports, documentId)) {
                return;
            }
        }
        LOG.warnf("views of document %s: the report kept changing while its entries were refreshed", documentId);
    }

    /** Writes the entries of this state of the report; returns its revision. */
    private long refresh(Document report) {
        String id = report.getString("_id");
        Integer year = report.getInteger("year");
        long revision = revisionOf(report);
        Document division = report.get("division", Document.class);
        String agencyKey = agencyKey(report.getString("agency"), year);
        String regionKey = regionKey(id, year, division == null ? null : division.getString("code"));
        List<String> current = listed(agencyKey, regionKey);
        List<String> listed = report.getList("viewKeys", String.class, List.of());
        if (!listed.containsAll(current)) {
            // Listed before the entry is written, so whoever refreshes next knows to clear it.
            reports.updateOne(eq("_id", id), Updates.addEachToSet("viewKeys", current));
        }
        if (agencyKey != null) {
            agencyYears.updateOne(eq("_id", agencyKey), Updates.combine(
                    Updates.set("agency", report.getString("agency")), Updates.set("year", year),
                    Updates.set("documents." + id, new Document("receivedAt", report.getDate("receivedAt"))
                            .append("revision", revision))), UPSERT_UPDATE);
        }
        if (regionKey != null) {
            write(regionEntries, RegionRollup.entry(report).append("_id", regionKey).append("revision", revision));
        }
        for (String stale : listed) {
            if (current.contains(stale)) {
                continue;
            }
            if (stale.startsWith("a:")) {
                agencyYears.updateOne(eq("_id", stale.substring(2)), Updates.unset("documents." + id));
            } else if (stale.startsWith("r:")) {
                delete(regionEntries, stale.substring(2), revision);
            }
        }
        return revision;
    }

    private static long revisionOf(Document d) {
        return d != null && d.get("revision") instanceof Number n ? n.longValue() : 0;
    }

    /** The revision stored under the key, or -1 when there is nothing. */
    private static long storedRevision(MongoCollection<Document> collection, Object key) {
        Document stored = collection.find(eq("_id", key)).projection(new Document("revision", 1)).first();
        return stored == null ? -1 : revisionOf(stored);
    }

    /** Replaces the entry unless the stored one comes from the same or a later revision of the report. */
    private static void write(MongoCollection<Document> entries, Document entry) {
        if (storedRevision(entries, entry.get("_id")) < (long) entry.get("revision")) {
            entries.replaceOne(eq("_id", entry.get("_id")), entry, UPSERT);
        }
    }

    private static void delete(MongoCollection<Document> entries, String key, long revision) {
        long stored = storedRevision(entries, key);
        if (stored >= 0 && stored < revision) {
            entries.deleteOne(eq("_id", key));
        }
    }

    /** The id of the agency's newest document for the year (by receipt), if any. */
    public Optional<String> newestDocument(String agency, int year) {
        Document agencyYear = agencyYears.find(eq("_id", agencyKey(agency, year))).first();
        Document documents = agencyYear == null ? null : agencyYear.get("documents", Document.class);
        if (documents == null) {
            return Optional.empty();
        }
        return documents.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Object> e) -> ((Document) e.getValue())
                        .getDate("receivedAt"), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Map.Entry::getKey);
    }

    /** The documents of the agency, any year: its series, and what moves when it is placed elsewhere. */
    public List<String> documentsOf(String agency) {
        List<String> ids = new ArrayList<>();
        agencyYears.find(Filters.regex("_id", "^" + literal(agency + "|"))).forEach(d -> {
            Document documents = d.get("documents", Document.class);
            if (agency.equals(d.getString("agency")) && documents != null) {
                ids.addAll(documents.keySet());
            }
        });
        return ids;
    }

    /** The figures of every report of the year in the region or below it, one at a time. */
    public void forEachRegionEntry(String code, int year, java.util.function.Consumer<Document> each) {
        // in batches: without one the stand-in sends all that is left in one reply, tens of MB for a province
        regionEntries.find(Filters.regex("_id", "^" + literal(year + "|" + code))).batchSize(500).forEach(each);
    }

    /** The ids of the year's reports in the region or below it, by agency. */
    public List<String> regionDocuments(String code, int year) {
        List<Document> entries = new ArrayList<>();
        forEachRegionEntry(code, year, e -> entries.add(new Document("documentId", e.getString("documentId"))
                .append("agency", e.getString("agency"))));
        entries.sort(Comparator.comparing(d -> String.valueOf(d.getString("agency"))));
        return entries.stream().map(d -> d.getString("documentId")).toList();
    }

    /**
     * Rebuilds every report's entries from the reports (one pass over the collection); for reports stored before
     * the entries existed, or after {@link #VERSION} changed. Entries are replaced by revision, so it is safe while
     * reports keep arriving and when two instances run it at once.
     */
    public Map<String, Object> rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return Map.of("rebuilt", 0, "running", true);
        }
        try {
            long start = System.nanoTime();
            long count = 0;
            // ids first, then each report by key: a scan holding the reports' tables would be held whole by the
            // stand-in (it materialises a query's result) and run it out of memory at 100,000 reports
            for (Document id : reports.find().projection(new Document("_id", 1)).batchSize(1_000)) {
                refresh(id.getString("_id"));
                if (++count % 10_000 == 0) {
                    LOG.infof("views: %,d reports refreshed", count);
                }
            }
            state.replaceOne(eq("_id", "views"), new Document("_id", "views").append("version", VERSION)
                    .append("rebuiltAt", new Date()).append("reports", count), UPSERT);
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.infof("views rebuilt from %,d reports in %.1f s", count, seconds);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rebuilt", count);
            result.put("seconds", Math.round(seconds * 10) / 10.0);
            return result;
        } finally {
            rebuilding.set(false);
        }
    }

    /** At start-up, rebuilds the entries in the background if they were made by an older version (or never). */
    void rebuildIfOutdated(@Observes StartupEvent event) {
        Document current = state.find(eq("_id", "views")).first();
        if (current != null && current.getInteger("version", 0) >= VERSION) {
            return;
        }
        Thread rebuild = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.errorf(e, "views: rebuild failed (run POST /views/rebuild once MongoDB is back)");
            }
        }, "views-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /** The text as a regular expression that matches it literally, kept a plain prefix for MongoDB's index. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
