package ogi.query.rest;

import jakarta.ws.rs.QueryParam;

import ogi.contracts.event.Severity;

/** The filters of {@code GET /findings} and {@code GET /export/findings.csv} ({@code @BeanParam}), typed on use. */
public class FindingParams {
    @QueryParam("rule")
    String rule;
    @QueryParam("minSeverity")
    String minSeverity;
    @QueryParam("agency")
    String agency;
    @QueryParam("year")
    String year;

    String ruleId() {
        return Params.ruleId(rule);
    }

    Severity severity() {
        return Params.severity(minSeverity);
    }

    String agencyText() {
        return Params.text("agency", agency, 100);
    }

    Integer yearNumber() {
        return Params.integer("year", year, 1990, 2100);
    }
}
