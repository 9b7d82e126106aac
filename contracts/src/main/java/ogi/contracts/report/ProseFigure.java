package ogi.contracts.report;

import java.math.BigDecimal;

/**
 * A figure the prose restates, with its sentence. Kinds: {@code applications_received}, {@code no_applications},
 * {@code permits}, {@code penalties}, {@code proactive_items}, {@code no_fees}, {@code no_review_or_litigation}.
 */
public record ProseFigure(String kind, BigDecimal value, String sentence, Integer line) {
    public static final String APPLICATIONS_RECEIVED = "applications_received";
    public static final String NO_APPLICATIONS = "no_applications";
    public static final String PERMITS = "permits";
    public static final String PENALTIES = "penalties";
    public static final String PROACTIVE_ITEMS = "proactive_items";
    public static final String NO_FEES = "no_fees";
    public static final String NO_REVIEW_OR_LITIGATION = "no_review_or_litigation";
}
