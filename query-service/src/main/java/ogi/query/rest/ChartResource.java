package ogi.query.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.region.Division;
import ogi.query.api.Charts;
import ogi.query.region.AgencyDivisions;
import ogi.query.region.RegionErrorShares;
import ogi.query.store.FindingRepository;

/** The figures of the dashboard's charts: findings by rule and year, the share of reports with errors by region. */
@RolesAllowed("read")
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats")
public class ChartResource {
    private final FindingRepository findings;
    private final RegionErrorShares shares;
    private final AgencyDivisions divisions;

    public ChartResource(FindingRepository findings, RegionErrorShares shares, AgencyDivisions divisions) {
        this.findings = findings;
        this.shares = shares;
        this.divisions = divisions;
    }

    @GET
    @Path("/findings-by-year")
    @Operation(summary = "Findings counted by rule and the year of their report, by year then rule")
    public List<Charts.RuleYear> findingsByYear() {
        return findings.countsByRuleAndYear().stream()
                .sorted(Comparator.comparing((Charts.RuleYear r) -> r.year() == null ? 0 : r.year())
                        .thenComparing(r -> String.valueOf(r.ruleId())))
                .toList();
    }

    @GET
    @Path("/regions")
    @Operation(summary = "For a year, the regions one level below `parent` (a GB/T 2260 code; the provinces without "
            + "one), each with its reports and the share with at least one error")
    public Charts.RegionShares regions(@QueryParam("year") String year, @QueryParam("parent") String parent) {
        Integer y = Params.integer("year", year, 1990, 2100);
        if (y == null) {
            throw new jakarta.ws.rs.BadRequestException("year is required");
        }
        Division region = parent == null || parent.isBlank() ? null : RegionResource.division(divisions, parent.strip());
        return shares.of(region, y);
    }
}
