package ogi.contracts.report;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who wrote the report and for which year. {@code template} is {@code "2021"} (国办公开办函〔2021〕30号) or
 * {@code "2019"} (国办公开办函〔2019〕60号), null when neither could be recognised. {@code agencyKey} (optional, added
 * within version 1; null in older events) names one agency across years however its name is written: the division
 * code where its name places it and the name without the division names ({@code 650202:城市管理局} for both
 * 独山子区城市管理局 and 克拉玛依市独山子区城市管理局), or the bare name when no division is found.
 */
public record ReportMetadata(String agency, String region, Integer year, LocalDate publicationDate, String template,
        String agencyKey) {

    public ReportMetadata(String agency, String region, Integer year, LocalDate publicationDate, String template) {
        this(agency, region, year, publicationDate, template, null);
    }

    /** The key of the agency's series of reports: {@code agencyKey}, or the name when an older event has none. */
    @JsonIgnore
    public String seriesKey() {
        return agencyKey != null ? agencyKey : agency;
    }
}
