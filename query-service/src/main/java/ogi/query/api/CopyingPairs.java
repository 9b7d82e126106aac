package ogi.query.api;

import java.util.List;

/**
 * The pairs of reports of a region's year with sections copied across agencies ({@code GET
 * /regions/{code}/copying?year=}), from the audit's PROSE-004 findings: each pair once (a report of the region and
 * the other report, which may be of another region), its copied sections with the share of each side's own wording
 * found in the other, and the sentences the finding rests on. Sorted by the largest share.
 */
public record CopyingPairs(RegionYear.Area region, int year, int pairCount, List<Pair> pairs) {

    public record Pair(Side first, Side second, List<Sections> sections) {
    }

    /** A report of the pair: its document id and agency. */
    public record Side(String documentId, String agency) {
    }

    /**
     * A copied section: its number in each report, the share of each side's own wording found in the other (null when
     * that side's finding is not stored yet), and sentences of the first side (or of the second when the first has none).
     */
    public record Sections(int firstSection, Integer secondSection, Double firstShare, Double secondShare,
            List<String> sentences) {
    }
}
