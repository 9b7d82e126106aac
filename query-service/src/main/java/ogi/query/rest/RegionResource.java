package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.region.Division;
import ogi.query.api.AgencyPlaced;
import ogi.query.api.RegionYear;
import ogi.query.projection.ReportProjector;
import ogi.query.region.AgencyDivisions;
import ogi.query.region.RegionRollup;

/**
 * Regions: a region's year in figures with its agencies ranked ({@code GET /regions/{code}?year=}, code of GB/T
 * 2260: 65 a province, 6542 a prefecture, 654202 a county), and the correction of an agency's division
 * ({@code PUT /regions/agencies/{agency}}).
 */
@RolesAllowed("read")
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions")
public class RegionResource {
    private final AgencyDivisions divisions;
    private final RegionRollup rollup;
    private final ReportProjector projector;

    public RegionResource(AgencyDivisions divisions, RegionRollup rollup, ReportProjector projector) {
        this.divisions = divisions;
        this.rollup = rollup;
        this.projector = projector;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A region's year: applications, outcomes, review and litigation, findings by severity, "
            + "agencies ranked by errors (the first `top`, default 100, at most 5,000; `agenciesRanked` counts all)")
    public RegionYear region(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("top") String top) {
        Division region = division(divisions, code);
        Integer y = Params.integer("year", year, 1990, 2100);
        if (y == null) {
            throw new BadRequestException("year is required");
        }
        Integer first = Params.integer("top", top, 1, 5_000);
        return rollup.of(region, y, first == null ? 100 : first);
    }

    /** {@code {"code": "654202"}}. */
    public record Correction(String code) {
    }

    @PUT
    @Path("/agencies/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("write")
    @Operation(summary = "Correct the division of an agency: its reports, and those to come, are placed there")
    public AgencyPlaced correct(@PathParam("agency") String agency, Correction correction,
            @Context SecurityContext security) {
        String name = Params.text("agency", agency, 100);
        if (correction == null || correction.code() == null) {
            throw new BadRequestException("the body must be {\"code\": \"<GB/T 2260 code>\"}");
        }
        Division division = division(divisions, correction.code().strip());
        String by = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        divisions.correct(name, division, by);
        long moved = projector.placeAgency(name, new AgencyDivisions.Placed(division, "corrected"));
        return new AgencyPlaced(name, division.path(), division.code(), moved);
    }

    /** The region with the code: 400 when it is no region code, 404 when there is no such region. */
    static Division division(AgencyDivisions divisions, String code) {
        if (!AgencyDivisions.isCode(code)) {
            throw new BadRequestException("a region code has 2, 4 or 6 digits (GB/T 2260), got " + code);
        }
        return divisions.byCode(code).orElseThrow(() -> new NotFoundException("no region with code " + code));
    }
}
