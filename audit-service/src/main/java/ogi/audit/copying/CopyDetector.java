package ogi.audit.copying;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ogi.audit.config.AuditConfig;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RelatedReport;
import ogi.contracts.report.Section;

/**
 * Finds the sections of a report that are near-duplicates of sections of other agencies' reports of the same year.
 * The report is added to the index (once; again changes nothing), its sections' buckets give the candidates, and
 * each candidate pair of sections is decided on the shingles themselves: a copy when either side has at least the
 * threshold of its own wording in the other (so both reports of a pair get the finding, whichever is longer) and both
 * have at least {@code minShingles} shingles. Reports of the same agency, and the same document, are never copies.
 * What a report costs is bounded ({@link CopySettings}): full buckets take no more members, a report is compared with
 * the likeliest candidates only, and a section names its closest few copies.
 */
@ApplicationScoped
public class CopyDetector {
    static final int SENTENCES = 3;

    private final CopyIndex index;
    private final CopySettings settings;
    private final MinHash minHash;

    @Inject
    public CopyDetector(CopyIndexRepository index, AuditConfig config) {
        this((CopyIndex) index, CopySettings.of(config.copying()));
    }

    public CopyDetector(CopyIndex index, CopySettings settings) {
        this.index = index;
        this.settings = settings;
        this.minHash = new MinHash(settings.bands(), settings.rows());
    }

    /**
     * The report's copied sections, at most {@code maxCopiesPerSection} per section (the closest first); the report
     * is indexed first when it is not yet.
     */
    public List<SectionCopy> copiesOf(ParsedReportEvent event) {
        Indexed indexed = indexed(event);
        if (indexed == null) {
            return List.of();
        }
        ReportPrint print = indexed.print();
        Set<String> members = new HashSet<>();
        indexed.buckets().values().forEach(members::addAll);
        List<String> candidates = candidates(print.documentId(), indexed.buckets());
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<ReportPrint> prints = index.prints(candidates).stream()
                .sorted(Comparator.comparing(ReportPrint::documentId)).toList();
        List<SectionCopy> copies = new ArrayList<>();
        for (SectionPrint mine : print.sections()) {
            if (mine.shingles().length < settings.minShingles()) {
                continue;
            }
            List<SectionCopy> ofSection = new ArrayList<>();
            for (ReportPrint other : prints) {
                if (print.sameAgency(other) || !print.year().equals(other.year())) {
                    continue;
                }
                SectionCopy best = closest(event, mine, other, members);
                if (best != null) {
                    ofSection.add(best);
                }
            }
            ofSection.sort(CLOSEST_FIRST);
            copies.addAll(ofSection.subList(0, Math.min(ofSection.size(), settings.maxCopiesPerSection())));
        }
        return copies;
    }

    /** The closest first; among equally close, by document id, so the choice does not depend on arrival order. */
    private static final Comparator<SectionCopy> CLOSEST_FIRST = Comparator
            .comparingDouble((SectionCopy c) -> -c.other().share()).thenComparing(c -> c.other().documentId());

    /** The other report's section that holds most of {@code mine}, when it is a copy; null otherwise. */
    private SectionCopy closest(ParsedReportEvent event, SectionPrint mine, ReportPrint other, Set<String> members) {
        SectionCopy best = null;
        for (SectionPrint theirs : other.sections()) {
            if (!members.contains(CopyIndex.member(other.documentId(), theirs.number()))
                    || theirs.shingles().length < settings.minShingles()) {
                continue;
            }
            int common = Shingles.common(mine.shingles(), theirs.shingles());
            double share = (double) common / mine.shingles().length;
            double theirShare = (double) common / theirs.shingles().length;
            if (Math.max(share, theirShare) >= settings.threshold()
                    && (best == null || share > best.other().share())) {
                best = new SectionCopy(mine.number(), mine.heading(), settings.threshold(),
                        new RelatedReport(other.documentId(), other.agency(), other.year(), theirs.number(),
                                Math.round(share * 1000) / 1000.0,
                                sentences(event, mine.number(), theirs.shingles())));
            }
        }
        return best;
    }

    /**
     * The other documents in the report's buckets, at most {@code maxCandidates}: those in the most buckets (the
     * likeliest copies) first, then by document id.
     */
    private List<String> candidates(String documentId, Map<String, Set<String>> buckets) {
        // counted per member (documentId:section) first: far fewer distinct members than bucket entries
        Map<String, Integer> memberHits = new HashMap<>();
        for (Set<String> bucket : buckets.values()) {
            for (String m : bucket) {
                memberHits.merge(m, 1, Integer::sum);
            }
        }
        Map<String, Integer> hits = new HashMap<>();
        memberHits.forEach((m, n) -> {
            String other = m.substring(0, m.lastIndexOf(':'));
            if (!other.equals(documentId)) {
                hits.merge(other, n, Integer::sum);
            }
        });
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.maxCandidates()).map(Map.Entry::getKey).toList();
    }

    /** Adds the report to the index unless it is there; its print, or null when its year is unknown. */
    public ReportPrint index(ParsedReportEvent event) {
        Indexed indexed = indexed(event);
        return indexed == null ? null : indexed.print();
    }

    /** A report's print in the index and the buckets of its sections as they were before it was added. */
    private record Indexed(ReportPrint print, Map<String, Set<String>> buckets) {
    }

    /**
     * The report's print and its sections' buckets; the report is added to those that have room (fewer than
     * {@code maxBucketMembers}) unless it is indexed already. Null when its year is unknown.
     */
    private Indexed indexed(ParsedReportEvent event) {
        Integer year = event.report().metadata().year();
        if (year == null) {
            return null;
        }
        List<ReportPrint> stored = index.prints(List.of(event.documentId()));
        ReportPrint print = stored.isEmpty() ? ReportPrint.of(event) : stored.get(0);
        Map<Integer, List<String>> keys = keys(print);
        Map<String, Set<String>> buckets = index.buckets(keys.values().stream().flatMap(List::stream).toList());
        if (stored.isEmpty()) {
            Map<Integer, List<String>> withRoom = new LinkedHashMap<>();
            keys.forEach((section, sectionKeys) -> withRoom.put(section, sectionKeys.stream()
                    .filter(k -> buckets.getOrDefault(k, Set.of()).size() < settings.maxBucketMembers()).toList()));
            index.add(print, withRoom);
        }
        return new Indexed(print, buckets);
    }

    /** The bucket keys of each section long enough to be compared. */
    Map<Integer, List<String>> keys(ReportPrint print) {
        Map<Integer, List<String>> keys = new LinkedHashMap<>();
        for (SectionPrint s : print.sections()) {
            if (s.shingles().length >= settings.minShingles()) {
                keys.put(s.number(), minHash.bucketKeys(print.year(), minHash.signature(s.shingles())));
            }
        }
        return keys;
    }

    private static List<String> sentences(ParsedReportEvent event, int section, int[] other) {
        Section s = event.report().section(section);
        return s == null ? List.of() : Shingles.sentencesIn(section, s.text(), other, SENTENCES);
    }

    /** The documents among the copies' other reports that have not yet been audited again for this one. */
    public Set<String> newPartners(String documentId, List<SectionCopy> copies) {
        Set<String> others = new HashSet<>();
        copies.forEach(c -> others.add(c.other().documentId()));
        others.removeAll(index.partners(documentId));
        return others;
    }

    /** Notes that the documents have been audited again for each other. */
    public void partnered(String documentId, Set<String> others) {
        index.addPartners(documentId, others);
    }
}
