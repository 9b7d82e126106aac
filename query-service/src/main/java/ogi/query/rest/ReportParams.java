package ogi.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;

import ogi.query.report.ReportFilter;
import ogi.query.report.ReportStatus;

/**
 * The filters of {@code GET /reports} and {@code GET /export/reports.csv} as given ({@code @BeanParam}), read into
 * a typed {@link ReportFilter}: anything malformed is a 400 saying which parameter and why.
 */
public class ReportParams {
    @QueryParam("status")
    String status;
    @QueryParam("agency")
    String agency;
    @QueryParam("region")
    String region;
    @QueryParam("year")
    String year;
    @QueryParam("minSeverity")
    String minSeverity;
    @QueryParam("rule")
    String rule;

    ReportFilter filter() {
        ReportStatus s;
        try {
            s = status == null || status.isBlank() ? null : ReportStatus.parse(status.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return new ReportFilter(s, Params.text("agency", agency, 100), Params.text("region", region, 100),
                Params.integer("year", year, 1990, 2100), Params.severity(minSeverity), Params.ruleId(rule));
    }
}
