package ogi.query.api;

import java.util.List;

/** The figures the dashboard's charts draw that no other answer gives. */
public final class Charts {
    private Charts() {
    }

    /** Findings of a rule in the reports on a year ({@code GET /stats/findings-by-year}). */
    public record RuleYear(String ruleId, Integer year, long findings) {
    }

    /**
     * The regions one level below {@code parent} (the provinces when there is none) for a year, each with its
     * reports and the share of them with at least one error ({@code GET /stats/regions}).
     */
    public record RegionShares(int year, String parent, String parentName, List<RegionShare> regions) {
    }

    /**
     * One region's reports and those with errors; {@code code} equal to the parent's for the reports of agencies
     * placed at the parent's own level (a province's departments).
     */
    public record RegionShare(String code, String name, long reports, long reportsWithErrors, double shareWithErrors) {
    }
}
