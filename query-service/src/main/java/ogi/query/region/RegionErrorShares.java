package ogi.query.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;


import ogi.contracts.region.Division;
import ogi.query.api.Charts.RegionShare;
import ogi.query.api.Charts.RegionShares;
import ogi.query.store.ViewRepository;

/**
 * The share of reports with errors in each region one level below a region (or in each province), for a year: read
 * from the region entries {@link ViewRepository} keeps, whose key starts with the year and the report's division code.
 */
@ApplicationScoped
public class RegionErrorShares {
    private final ViewRepository views;
    private final AgencyDivisions divisions;

    public RegionErrorShares(ViewRepository views, AgencyDivisions divisions) {
        this.views = views;
        this.divisions = divisions;
    }

    /** {@code parent} null for the provinces. */
    public RegionShares of(Division parent, int year) {
        String prefix = parent == null ? "" : parent.code();
        Map<String, long[]> byChild = new TreeMap<>();
        views.forEachRegionEntry(prefix, year, e -> {
            String code = e.key().split("\\|", -1)[1];
            String child = code.length() > prefix.length() ? code.substring(0, prefix.length() + 2) : prefix;
            long[] counts = byChild.computeIfAbsent(child, k -> new long[2]);
            counts[0]++;
            Long errors = e.findings() == null ? null : e.findings().get("error");
            if (errors != null && errors > 0) {
                counts[1]++;
            }
        });
        List<RegionShare> regions = new ArrayList<>();
        byChild.forEach((code, n) -> regions.add(new RegionShare(code, divisions.byCode(code).map(Division::name)
                .orElse(code), n[0], n[1], n[0] == 0 ? 0 : (double) n[1] / n[0])));
        return new RegionShares(year, parent == null ? null : parent.code(), parent == null ? null : parent.name(),
                regions);
    }
}
