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

    /** The report's copied sections; the report is indexed first when it is not yet. */
    public List<SectionCopy> copiesOf(ParsedReportEvent event) {
        ReportPrint print = index(event);
        if (print == null) {
            return List.of();
        }
        Map<Integer, List<String>> keys = keys(print);
        Set<String> members = index.members(keys.values().stream().flatMap(List::stream).toList());
        Set<String> others = new HashSet<>();
        for (String m : members) {
            String documentId = m.substring(0, m.lastIndexOf(':'));
            if (!documentId.equals(print.documentId())) {
                others.add(documentId);
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        Map<String, ReportPrint> prints = new LinkedHashMap<>();
        index.prints(others).stream().sorted(Comparator.comparing(ReportPrint::documentId))
                .forEach(p -> prints.put(p.documentId(), p));
        List<SectionCopy> copies = new ArrayList<>();
        for (SectionPrint mine : print.sections()) {
            if (mine.shingles().length < settings.minShingles()) {
                continue;
            }
            for (ReportPrint other : prints.values()) {
                if (print.sameAgency(other) || !print.year().equals(other.year())) {
                    continue;
                }
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
                if (best != null) {
                    copies.add(best);
                }
            }
        }
        return copies;
    }

    /** Adds the report to the index unless it is there; its print, or null when its year is unknown. */
    public ReportPrint index(ParsedReportEvent event) {
        Integer year = event.report().metadata().year();
        if (year == null) {
            return null;
        }
        List<ReportPrint> stored = index.prints(List.of(event.documentId()));
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        ReportPrint print = ReportPrint.of(event);
        index.add(print, keys(print));
        return print;
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
