package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.Stats;
import ogi.query.store.FindingRepository;
import ogi.query.store.ReportRepository;

/** {@code GET /stats}: reports by year and status, findings by rule and severity, agencies with most errors. */
@RolesAllowed("read")
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats")
public class StatsResource {
    private static final int TOP_AGENCIES = 10;

    private final ReportRepository reports;
    private final FindingRepository findings;

    public StatsResource(ReportRepository reports, FindingRepository findings) {
        this.reports = reports;
        this.findings = findings;
    }

    @GET
    @Operation(summary = "Counts for dashboards")
    public Stats stats() {
        return new Stats(reports.countsByYearAndStatus(), findings.countsByRuleAndSeverity(),
                reports.agencies().stream().limit(TOP_AGENCIES).map(Stats.AgencyErrors::of).toList());
    }
}
