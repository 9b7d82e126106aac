package ogi.query.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.region.Division;
import ogi.query.api.CopyingPairs;
import ogi.query.api.RegionYear;
import ogi.query.store.CopiedSection;
import ogi.query.store.CopiedSectionRepository;
import ogi.query.store.ViewRepository;

/**
 * The copying pairs of a region's year: the PROSE-004 findings of the region's reports ({@code region_entries} give
 * the reports), both directions of a pair merged into one entry.
 */
@ApplicationScoped
public class RegionCopying {
    private final ViewRepository views;
    private final CopiedSectionRepository copied;

    public RegionCopying(ViewRepository views, CopiedSectionRepository copied) {
        this.views = views;
        this.copied = copied;
    }

    public CopyingPairs of(Division region, int year) {
        Map<String, List<CopiedSection>> byPair = new TreeMap<>();
        for (CopiedSection c : copied.of(views.regionDocuments(region.code(), year))) {
            if (Objects.equals(c.year(), year)) {
                byPair.computeIfAbsent(pairKey(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<CopyingPairs.Pair> pairs = new ArrayList<>();
        byPair.forEach((key, sections) -> pairs.add(pair(sections)));
        pairs.sort(Comparator.comparingDouble(RegionCopying::largestShare).reversed());
        return new CopyingPairs(new RegionYear.Area(region.code(), region.name(), region.path()), year, pairs.size(),
                pairs);
    }

    private static String pairKey(CopiedSection c) {
        return c.documentId().compareTo(c.otherDocumentId()) < 0 ? c.documentId() + "|" + c.otherDocumentId()
                : c.otherDocumentId() + "|" + c.documentId();
    }

    /** One pair from its findings on either side; the first side is the lesser document id. */
    private static CopyingPairs.Pair pair(List<CopiedSection> findings) {
        CopiedSection any = findings.get(0);
        boolean anyFirst = any.documentId().compareTo(any.otherDocumentId()) < 0;
        String firstId = anyFirst ? any.documentId() : any.otherDocumentId();
        String firstAgency = null;
        String secondAgency = null;
        // section of the first report -> the matching section seen from either side
        Map<Integer, CopyingPairs.Sections> sections = new TreeMap<>();
        for (CopiedSection c : findings) {
            boolean first = c.documentId().equals(firstId);
            if (first) {
                firstAgency = c.agency();
                secondAgency = secondAgency == null ? c.otherAgency() : secondAgency;
                CopyingPairs.Sections s = sections.get(c.section());
                sections.put(c.section(), new CopyingPairs.Sections(c.section(), c.otherSection(), c.share(),
                        s == null ? null : s.secondShare(), c.sentences()));
            } else if (c.otherSection() != null) {
                secondAgency = c.agency();
                firstAgency = firstAgency == null ? c.otherAgency() : firstAgency;
                CopyingPairs.Sections s = sections.get(c.otherSection());
                sections.put(c.otherSection(), new CopyingPairs.Sections(c.otherSection(), c.section(),
                        s == null ? null : s.firstShare(), c.share(),
                        s == null || s.sentences().isEmpty() ? c.sentences() : s.sentences()));
            }
        }
        String secondId = anyFirst ? any.otherDocumentId() : any.documentId();
        return new CopyingPairs.Pair(new CopyingPairs.Side(firstId, firstAgency),
                new CopyingPairs.Side(secondId, secondAgency), List.copyOf(sections.values()));
    }

    private static double largestShare(CopyingPairs.Pair p) {
        return p.sections().stream().mapToDouble(s -> Math.max(s.firstShare() == null ? 0 : s.firstShare(),
                s.secondShare() == null ? 0 : s.secondShare())).max().orElse(0);
    }
}
