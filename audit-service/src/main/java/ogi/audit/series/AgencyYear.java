package ogi.audit.series;

/** An agency's year in a {@link ReportSeries}: {@code agency} is the metadata's series key. */
public record AgencyYear(String agency, int year) {
}
