package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.CopyingPairs;
import ogi.query.region.AgencyDivisions;
import ogi.query.region.RegionCopying;

/** The copying pairs of a region's year ({@code GET /regions/{code}/copying?year=}), from PROSE-004's findings. */
@RolesAllowed("read")
@Path("/regions/{code}/copying")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions")
public class RegionCopyingResource {
    private final AgencyDivisions divisions;
    private final RegionCopying copying;

    public RegionCopyingResource(AgencyDivisions divisions, RegionCopying copying) {
        this.divisions = divisions;
        this.copying = copying;
    }

    @GET
    @Operation(summary = "The pairs of the region's reports of the year with sections copied across agencies "
            + "(内容雷同, rule PROSE-004): both reports, the sections, the share of each side found in the other, "
            + "the sentences")
    public CopyingPairs pairs(@PathParam("code") String code, @QueryParam("year") String year) {
        var region = RegionResource.division(divisions, code);
        Integer y = Params.integer("year", year, 1990, 2100);
        if (y == null) {
            throw new BadRequestException("year is required");
        }
        return copying.of(region, y);
    }
}
