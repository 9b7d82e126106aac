package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.AgencySummary;
import ogi.query.api.ReportSummary;
import ogi.query.api.YearCompared;
import ogi.query.compare.YearComparison;
import ogi.query.store.ReportRepository;

/** {@code GET /agencies} and an agency's series of reports by year. */
@RolesAllowed("read")
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class AgencyResource {
    private final ReportRepository reports;
    private final YearComparison comparison;

    public AgencyResource(ReportRepository reports, YearComparison comparison) {
        this.reports = reports;
        this.comparison = comparison;
    }

    @GET
    @Path("/{agency}/compare")
    @Operation(summary = "Two years of one agency side by side: every cell of the three tables with its change, and "
            + "the share of the later year's prose that repeats the earlier's, per section")
    public YearCompared compare(@PathParam("agency") String agency, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String name = Params.text("agency", agency, 100);
        Integer toYear = Params.integer("to", to, 1990, 2100);
        Integer fromYear = Params.integer("from", from, 1990, 2100);
        if (toYear == null) {
            throw new BadRequestException("to (the later year) is required");
        }
        int fromValue = fromYear == null ? toYear - 1 : fromYear;
        if (fromValue >= toYear) {
            throw new BadRequestException("from must be before to");
        }
        try {
            return comparison.compare(name, fromValue, toYear);
        } catch (YearComparison.NoReport e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @GET
    @Operation(summary = "Agencies with their number of reports, years, region and finding counts, most errors first")
    public List<AgencySummary> agencies() {
        return reports.agencies();
    }

    @GET
    @Path("/{agency}/reports")
    @Operation(summary = "One agency's reports, oldest year first")
    public List<ReportSummary> series(@PathParam("agency") String agency) {
        String name = Params.text("agency", agency, 100);
        List<ReportSummary> series = reports.series(name);
        if (series.isEmpty()) {
            throw new NotFoundException("no reports of agency " + name);
        }
        return series;
    }
}
