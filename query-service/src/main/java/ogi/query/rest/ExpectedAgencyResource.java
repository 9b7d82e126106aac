package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import ogi.query.api.ExpectedAgency;
import ogi.query.api.Publication;
import ogi.query.expected.ExpectedAgencyCsv;
import ogi.query.expected.PublicationCheck;
import ogi.query.region.AgencyDivisions;
import ogi.query.store.ExpectedAgencyRepository;

/**
 * A region's expected agencies: the list an operator uploads as CSV ({@code PUT}, write role), and who of them
 * published the report on a year, late or not at all ({@code GET ?year=}).
 */
@RolesAllowed("read")
@Path("/regions/{code}/expected-agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions")
public class ExpectedAgencyResource {
    private final AgencyDivisions divisions;
    private final ExpectedAgencyRepository expected;
    private final PublicationCheck check;

    public ExpectedAgencyResource(AgencyDivisions divisions, ExpectedAgencyRepository expected,
            PublicationCheck check) {
        this.divisions = divisions;
        this.expected = expected;
        this.check = check;
    }

    /** The answer to an upload: the region and the agencies now expected there. */
    public record Listed(String code, String region, int agencies, List<ExpectedAgency> expected) {
    }

    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("write")
    @Operation(summary = "Upload the region's expected-agency list (CSV, header 'agency,kind'; kind department or "
            + "government, guessed from the name when empty); it replaces the region's previous list")
    public Listed upload(@PathParam("code") String code, String csv, @Context SecurityContext security) {
        Division region = RegionResource.division(divisions, code);
        List<ExpectedAgency> agencies;
        try {
            agencies = ExpectedAgencyCsv.read(csv);
        } catch (ExpectedAgencyCsv.Refused e) {
            throw new jakarta.ws.rs.BadRequestException(e.getMessage());
        }
        String by = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        expected.replace(region.code(), agencies, by);
        int lastYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1;
        check.check(region.code(), lastYear);
        return new Listed(region.code(), region.path(), agencies.size(), expected.of(region.code()));
    }

    @GET
    @Operation(summary = "Who of the region's expected agencies published the report on the year (31 January for "
            + "departments, 31 March for a government's own report): published, late, undated, missing or due")
    public Publication publication(@PathParam("code") String code, @QueryParam("year") String year) {
        Division region = RegionResource.division(divisions, code);
        Integer y = Params.integer("year", year, 1990, 2100);
        if (y == null) {
            throw new jakarta.ws.rs.BadRequestException("year is required");
        }
        return check.check(region.code(), y);
    }
}
