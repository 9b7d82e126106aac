package ogi.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import ogi.audit.rules.RuleCatalogue;
import ogi.audit.rules.RuleDefinition;
import ogi.contracts.event.Severity;

/** {@code GET /rules}: the rule catalogue. */
@RolesAllowed("read")
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {
    public record RuleView(String id, String category, Severity severity, String descriptionZh, String descriptionEn,
            String failingExample, String passingExample) {
    }

    public record CatalogueView(String version, List<RuleView> rules) {
    }

    private final RuleCatalogue catalogue;

    public RuleResource(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List the audit rules with their ids, categories, severities and descriptions")
    public CatalogueView rules() {
        return new CatalogueView(RuleCatalogue.VERSION, catalogue.rules().stream()
                .map(r -> RuleDefinition.of(r.id()))
                .map(d -> new RuleView(d.id(), d.category(), d.severity(), d.descriptionZh(), d.descriptionEn(),
                        d.failingExample(), d.passingExample()))
                .toList());
    }
}
