package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.config.QueryConfig;
import ogi.query.report.FindingRepository;
import ogi.query.review.ReviewRepository;

/** {@code GET /findings}: findings across reports. */
@RolesAllowed("read")
@Path("/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
public class FindingResource {
    private final FindingRepository findings;
    private final QueryConfig config;
    private final ReviewRepository reviews;

    public FindingResource(FindingRepository findings, QueryConfig config, ReviewRepository reviews) {
        this.findings = findings;
        this.config = config;
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "Findings filtered by rule, minimum severity, agency (substring), year and document; most "
            + "severe first")
    public Response search(@QueryParam("rule") String rule, @QueryParam("minSeverity") String minSeverity,
            @QueryParam("agency") String agency, @QueryParam("year") String year,
            @QueryParam("documentId") String documentId, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var list = findings.search(Params.ruleId(rule), Params.severity(minSeverity), Params.text("agency", agency, 100),
                Params.integer("year", year, 1990, 2100),
                documentId == null || documentId.isBlank() ? null : Params.documentId(documentId.strip()),
                Params.integer("offset", offset, 0, 1_000_000, 0),
                Params.integer("limit", limit, 1, config.maxPageSize(), 50));
        var byId = reviews.of(list.stream().map(f -> String.valueOf(f.get("_id"))).toList());
        return Response.ok(Json.array(list.stream().map(f -> Json.finding(f, byId)).toList())).build();
    }
}
