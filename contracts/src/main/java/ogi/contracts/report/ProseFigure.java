package ogi.contracts.report;

import java.math.BigDecimal;

/**
 * A figure the prose restates, with its sentence. Kinds: {@code applications_received}, {@code no_applications},
 * {@code permits}, {@code penalties}, {@code proactive_items}, {@code no_fees}, {@code no_review_or_litigation};
 * added within version 1: {@code granted} (予以公开), {@code granted_or_partial} (予以公开及部分公开),
 * {@code withheld} (不予公开), {@code unavailable} (无法提供), {@code not_processed} (不予处理),
 * {@code carried_forward} (结转下年度), {@code carried_over} (上年结转), {@code review_cases} (行政复议案件), {@code litigation_cases} (行政诉讼案件),
 * {@code all_upheld} (均获维持: no value).
 */
public record ProseFigure(String kind, BigDecimal value, String sentence, Integer line) {
    public static final String APPLICATIONS_RECEIVED = "applications_received";
    public static final String NO_APPLICATIONS = "no_applications";
    public static final String PERMITS = "permits";
    public static final String PENALTIES = "penalties";
    public static final String PROACTIVE_ITEMS = "proactive_items";
    public static final String NO_FEES = "no_fees";
    public static final String NO_REVIEW_OR_LITIGATION = "no_review_or_litigation";
    public static final String GRANTED = "granted";
    public static final String GRANTED_OR_PARTIAL = "granted_or_partial";
    public static final String WITHHELD = "withheld";
    public static final String UNAVAILABLE = "unavailable";
    public static final String NOT_PROCESSED = "not_processed";
    public static final String CARRIED_FORWARD = "carried_forward";
    public static final String CARRIED_OVER = "carried_over";
    public static final String REVIEW_CASES = "review_cases";
    public static final String LITIGATION_CASES = "litigation_cases";
    public static final String ALL_UPHELD = "all_upheld";
}
