package ogi.contracts.report;

import java.time.LocalDate;

/**
 * Who wrote the report and for which year. {@code template} is {@code "2021"} (国办公开办函〔2021〕30号) or
 * {@code "2019"} (国办公开办函〔2019〕60号), null when neither could be recognised.
 */
public record ReportMetadata(String agency, String region, Integer year, LocalDate publicationDate, String template) {
}
