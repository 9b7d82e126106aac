package ogi.query.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a refresh of several reports' entries writes, collected so that {@link ReadModelWriter#views} makes it in one
 * bulk write per collection: the keys listed on the reports first (so whoever refreshes next knows to clear them),
 * then the agency-years, then the region entries.
 */
public final class ViewWrites {
    record Listed(String documentId, List<String> keys) {
    }

    record AgencyYear(String key, String agency, Integer year, String documentId, Instant receivedAt, long revision) {
    }

    record Unlisted(String key, String documentId) {
    }

    final List<Listed> listed = new ArrayList<>();
    final List<AgencyYear> agencyYears = new ArrayList<>();
    final List<Unlisted> unlisted = new ArrayList<>();
    final List<RegionEntry> regionEntries = new ArrayList<>();
    final List<String> deletedRegionEntries = new ArrayList<>();

    /** Adds the keys to those the report lists in {@code viewKeys}. */
    public void list(String documentId, List<String> keys) {
        listed.add(new Listed(documentId, keys));
    }

    /** Enters the document in its agency-year, with its receipt and revision. */
    public void agencyYear(String key, String agency, Integer year, String documentId, Instant receivedAt,
            long revision) {
        agencyYears.add(new AgencyYear(key, agency, year, documentId, receivedAt, revision));
    }

    /** Takes the document out of an agency-year it no longer belongs to. */
    public void unlistAgencyYear(String key, String documentId) {
        unlisted.add(new Unlisted(key, documentId));
    }

    public void regionEntry(RegionEntry entry) {
        regionEntries.add(entry);
    }

    public void deleteRegionEntry(String key) {
        deletedRegionEntries.add(key);
    }
}
