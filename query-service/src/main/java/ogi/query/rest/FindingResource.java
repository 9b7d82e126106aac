package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.FindingItem;
import ogi.query.config.QueryConfig;
import ogi.query.store.FindingRepository;

/** {@code GET /findings}: findings across reports. */
@RolesAllowed("read")
@Path("/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
public class FindingResource {
    private final FindingRepository findings;
    private final QueryConfig config;

    public FindingResource(FindingRepository findings, QueryConfig config) {
        this.findings = findings;
        this.config = config;
    }

    @GET
    @Operation(summary = "Findings filtered by rule, minimum severity, agency (substring), year and document; most "
            + "severe first")
    public List<FindingItem> search(@BeanParam FindingParams params, @QueryParam("documentId") String documentId,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return findings.search(params.ruleId(), params.severity(), params.agencyText(), params.yearNumber(),
                documentId == null || documentId.isBlank() ? null : Params.documentId(documentId.strip()),
                Params.integer("offset", offset, 0, 1_000_000, 0),
                Params.integer("limit", limit, 1, config.maxPageSize(), 50));
    }
}
