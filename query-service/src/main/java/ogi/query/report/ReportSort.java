package ogi.query.report;

import java.util.Arrays;
import java.util.Locale;

/** The orders of a report listing; each is on a field that is never null, with the id as tie-breaker. */
public enum ReportSort {
    NEWEST("firstSeenAt", -1), OLDEST("firstSeenAt", 1), YEAR("yearSort", -1), AGENCY("agencySort", 1);

    private final String field;
    private final int direction;

    ReportSort(String field, int direction) {
        this.field = field;
        this.direction = direction;
    }

    public String field() {
        return field;
    }

    public int direction() {
        return direction;
    }

    public static ReportSort parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort must be one of newest, oldest, year, agency"));
    }
}
