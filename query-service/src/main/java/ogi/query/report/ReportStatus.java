package ogi.query.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * A report's progress. Stored as a rank updated with {@code $max}, so stages consumed from different topics in any
 * order, or replayed, can only move a report forward.
 */
public enum ReportStatus {
    RECEIVED(1), PARSED(2), FAILED(3), AUDITED(4);

    private final int rank;

    ReportStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportStatus ofRank(int rank) {
        return Arrays.stream(values()).filter(s -> s.rank == rank).findFirst().orElse(RECEIVED);
    }

    public static ReportStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.label().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of received, parsed, failed, audited"));
    }
}
