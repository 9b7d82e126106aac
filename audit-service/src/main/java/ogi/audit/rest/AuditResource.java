package ogi.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import ogi.audit.rules.RuleCatalogue;
import ogi.audit.service.ReportAuditor;

/** {@code POST /audits/reaudit}: run the current catalogue over every parsed report seen. */
@RolesAllowed("write")
@Path("/audits")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    public record ReauditView(long reaudited, String catalogueVersion) {
    }

    private final ReportAuditor auditor;

    public AuditResource(ReportAuditor auditor) {
        this.auditor = auditor;
    }

    @POST
    @Path("/reaudit")
    @Operation(summary = "Re-audit every parsed report seen with the current catalogue; results replace the old ones")
    public ReauditView reaudit() {
        return new ReauditView(auditor.reauditAll(), RuleCatalogue.VERSION);
    }
}
