package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.FindingItem;
import ogi.query.api.Page;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.config.QueryConfig;
import ogi.query.report.Cursor;
import ogi.query.report.ReportFilter;
import ogi.query.report.ReportSort;
import ogi.query.store.FindingRepository;
import ogi.query.store.ReportRepository;

/** Reports: listing with filters and cursor pagination, one report whole, its findings, its text. */
@RolesAllowed("read")
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {
    private final ReportRepository reports;
    private final FindingRepository findings;
    private final QueryConfig config;

    public ReportResource(ReportRepository reports, FindingRepository findings, QueryConfig config) {
        this.reports = reports;
        this.findings = findings;
        this.config = config;
    }

    @GET
    @Operation(summary = "List reports: filter by status, agency (substring), region, year, minimum severity of their "
            + "findings and rule id; sort newest|oldest|year|agency; page with limit and the nextCursor of the answer")
    public Page<ReportSummary> list(@BeanParam ReportParams filter, @BeanParam PageParams page) {
        ReportFilter f = filter.filter();
        ReportSort order = page.order();
        Cursor after = page.after();
        return reports.list(f, order, after, page.size(config.maxPageSize()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: status, metadata, sections, the three tables, the audit with its findings, "
            + "and the failure if any")
    public ReportDetail get(@PathParam("id") String id) {
        return reports.detail(Params.documentId(id)).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/findings")
    @Operation(summary = "The findings of one report, each with its location, expected and actual values")
    public List<FindingItem> findings(@PathParam("id") String id) {
        if (!reports.exists(Params.documentId(id))) {
            throw notFound(id);
        }
        return findings.ofDocument(id);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The report's text as extracted from the original document")
    public Response text(@PathParam("id") String id) {
        ReportRepository.Text stored = reports.text(Params.documentId(id)).orElseThrow(() -> notFound(id));
        if (stored.text() == null) {
            throw new NotFoundException("report " + id + " has no text yet (status " + stored.status().label() + ")");
        }
        return Response.ok(stored.text()).build();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no report with id " + id);
    }
}
