package ogi.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who of a region's expected agencies published the report on {@code year}, and when: {@code GET
 * /regions/{code}/expected-agencies?year=}. An agency's {@code status}: {@code published} (dated by the deadline),
 * {@code late} (dated after it), {@code undated} (published, the report states no date), {@code missing} (no report
 * and the deadline passed), {@code due} (no report yet, the deadline still ahead). {@code alertedAt}: when the
 * alert for a missing or late report was raised.
 */
public record Publication(String code, Integer year, LocalDate today, int expected, int published, int late,
        int undated, int missing, int due, List<Agency> agencies) {

    public record Agency(String agency, ExpectedAgency.Kind kind, LocalDate deadline, String status,
            String documentId, LocalDate publishedOn, Instant alertedAt) {
    }
}
