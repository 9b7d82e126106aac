package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.Audit;
import ogi.query.api.FindingItem;
import ogi.query.api.Page;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.config.QueryConfig;
import ogi.query.report.Cursor;
import ogi.query.report.FindingRepository;
import ogi.query.report.ReportFilter;
import ogi.query.report.ReportRepository;
import ogi.query.report.ReportSort;
import ogi.query.report.ReportStatus;

/** Reports: listing with filters and cursor pagination, one report whole, its findings, its text. */
@RolesAllowed("read")
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {
    private final ReportRepository reports;
    private final FindingRepository findings;
    private final QueryConfig config;

    private final ogi.query.review.ReviewRepository reviews;

    public ReportResource(ReportRepository reports, FindingRepository findings, QueryConfig config,
            ogi.query.review.ReviewRepository reviews) {
        this.reviews = reviews;
        this.reports = reports;
        this.findings = findings;
        this.config = config;
    }

    @GET
    @Operation(summary = "List reports: filter by status, agency (substring), region, year, minimum severity of their "
            + "findings and rule id; sort newest|oldest|year|agency; page with limit and the nextCursor of the answer")
    public Page<ReportSummary> list(@QueryParam("status") String status, @QueryParam("agency") String agency,
            @QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("minSeverity") String minSeverity, @QueryParam("rule") String rule,
            @QueryParam("sort") String sort, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        ReportFilter filter = filter(status, agency, region, year, minSeverity, rule);
        ReportSort order;
        Cursor after;
        try {
            order = sort == null || sort.isBlank() ? ReportSort.NEWEST : ReportSort.parse(sort.strip());
            after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        int size = Params.integer("limit", limit, 1, config.maxPageSize(), 50);
        ReportRepository.Page page = reports.list(filter, order, after, size);
        return new Page<>(page.items().stream().map(ReportSummary::from).toList(), page.nextCursor());
    }

    static ReportFilter filter(String status, String agency, String region, String year, String minSeverity,
            String rule) {
        ReportStatus s;
        try {
            s = status == null || status.isBlank() ? null : ReportStatus.parse(status.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return new ReportFilter(s, Params.text("agency", agency, 100), Params.text("region", region, 100),
                Params.integer("year", year, 1990, 2100), Params.severity(minSeverity), Params.ruleId(rule));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: status, metadata, sections, the three tables, the audit with its findings, "
            + "and the failure if any")
    public ReportDetail get(@PathParam("id") String id) {
        Document stored = find(id);
        return ReportDetail.from(stored, reviews.of(Audit.findingIds(stored)));
    }

    @GET
    @Path("/{id}/findings")
    @Operation(summary = "The findings of one report, each with its location, expected and actual values")
    public List<FindingItem> findings(@PathParam("id") String id) {
        find(id);
        List<Document> stored = findings.ofDocument(id);
        var byId = reviews.of(stored.stream().map(f -> String.valueOf(f.get("_id"))).toList());
        return stored.stream().map(f -> FindingItem.from(f, byId)).toList();
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The report's text as extracted from the original document")
    public Response text(@PathParam("id") String id) {
        Document doc = find(id);
        String text = doc.getString("text");
        if (text == null) {
            throw new NotFoundException("report " + id + " has no text yet (status "
                    + ReportStatus.ofRank(doc.getInteger("statusRank", 1)).label() + ")");
        }
        return Response.ok(text).build();
    }

    private Document find(String id) {
        return reports.find(Params.documentId(id)).orElseThrow(() -> new NotFoundException("no report with id " + id));
    }
}
