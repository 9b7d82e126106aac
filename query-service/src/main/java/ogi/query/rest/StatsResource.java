package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.report.FindingRepository;
import ogi.query.report.ReportRepository;
import ogi.query.report.ReportStatus;

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
    public Response stats() {
        List<Document> byYear = reports.countsByYearAndStatus().stream().map(d -> {
            Document key = (Document) d.get("_id");
            return new Document("year", key.get("year"))
                    .append("status", ReportStatus.ofRank(((Number) key.get("statusRank")).intValue()).label())
                    .append("reports", d.get("reports"));
        }).toList();
        List<Document> byRule = findings.countsByRuleAndSeverity().stream().map(d -> {
            Document key = (Document) d.get("_id");
            return new Document("ruleId", key.get("ruleId")).append("severity", key.get("severity"))
                    .append("findings", d.get("findings"));
        }).toList();
        List<Document> top = reports.agencies().stream().limit(TOP_AGENCIES)
                .map(d -> new Document("agency", d.get("_id")).append("errors", d.get("errors"))
                        .append("warnings", d.get("warnings")).append("reports", d.get("reports")))
                .toList();
        Document body = new Document("reportsByYearAndStatus", byYear).append("findingsByRuleAndSeverity", byRule)
                .append("agenciesWithMostErrors", top);
        return Response.ok(Json.write(body)).build();
    }
}
