package ogi.query.api;

import java.util.List;

/** An agency ({@code GET /agencies}): its reports, their years, its region and its reports' error and warning counts. */
public record AgencySummary(String agency, long reports, List<Integer> years, String region, long errors,
        long warnings) {
}
