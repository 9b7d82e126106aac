package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.template.ReportTemplate;

/** {@code GET /template}: the report templates (2021 and 2019) with their row and column labels. */
@RolesAllowed("read")
@Path("/template")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "template")
public class TemplateResource {

    @GET
    @Operation(summary = "The fixed templates the reports follow: sections, tables, row and column keys and labels")
    public Map<String, ReportTemplate> templates() {
        return Map.of("2021", ReportTemplate.v2021(), "2019", ReportTemplate.v2019());
    }
}
