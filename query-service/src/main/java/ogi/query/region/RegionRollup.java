package ogi.query.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.region.Division;
import ogi.query.api.RegionYear;
import ogi.query.store.RegionEntry;
import ogi.query.store.ViewRepository;

/**
 * A region's year in figures, over the reports of every agency in it (at any level below): applications received
 * and carried over, the outcomes (Table 2's result rows), administrative review and litigation (Table 3), findings by
 * severity, and the agencies ranked by errors, then warnings. It sums each report's entry in {@code region_entries},
 * kept by the projector beside the reports.
 */
@ApplicationScoped
public class RegionRollup {
    private final ViewRepository views;

    public RegionRollup(ViewRepository views) {
        this.views = views;
    }

    private record Ranked(RegionEntry entry, long errors, long warnings) {
    }

    /** The rollup, with the {@code top} agencies of the ranking (all are counted in {@code agenciesRanked}). */
    public RegionYear of(Division region, int year, int top) {
        Map<String, Double> applications = new LinkedHashMap<>();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        Map<String, Double> review = new LinkedHashMap<>();
        Map<String, Long> findings = new LinkedHashMap<>();
        findings.put("error", 0L);
        findings.put("warning", 0L);
        findings.put("info", 0L);
        List<Ranked> agencies = new ArrayList<>();
        AtomicLong reports = new AtomicLong();
        // streamed: a province's year is tens of thousands of entries
        views.forEachRegionEntry(region.code(), year, e -> {
            reports.incrementAndGet();
            sum(applications, e.applications());
            sum(outcomes, e.outcomes());
            sum(review, e.reviewAndLitigation());
            e.findings().forEach((severity, n) -> findings.merge(severity, n, Long::sum));
            agencies.add(new Ranked(e, e.findings().getOrDefault("error", 0L),
                    e.findings().getOrDefault("warning", 0L)));
        });
        agencies.sort(Comparator.comparingLong(Ranked::errors).reversed()
                .thenComparing(Comparator.comparingLong(Ranked::warnings).reversed())
                .thenComparing(a -> String.valueOf(a.entry().agency())));
        List<RegionYear.RankedAgency> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(top, agencies.size()); i++) {
            Ranked a = agencies.get(i);
            ranked.add(new RegionYear.RankedAgency(i + 1, a.entry().agency(), a.entry().documentId(),
                    a.entry().division(), a.errors(), a.warnings()));
        }
        return new RegionYear(new RegionYear.Area(region.code(), region.name(), region.path()), year,
                reports.get(), applications, outcomes, review, findings, agencies.size(), ranked);
    }

    /** Adds each figure to its total; a missing figure counts as 0 (the key is still listed). */
    private static void sum(Map<String, Double> totals, Map<String, Double> figures) {
        figures.forEach((key, v) -> totals.merge(key, v == null ? 0.0 : v, Double::sum));
    }
}
