package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.ViewsRebuilt;
import ogi.query.projection.ReportProjector;

/**
 * {@code /views}: operations on the entries the comparison and the region rollups read. They are rebuilt at
 * start-up when an older version made them; this rebuilds them on demand (after restoring reports from a backup,
 * or loading them straight into MongoDB).
 */
@RolesAllowed("read")
@Path("/views")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class ViewResource {
    private final ReportProjector projector;

    public ViewResource(ReportProjector projector) {
        this.projector = projector;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("write")
    @Operation(summary = "Rebuild the comparison and region entries from every stored report (one pass; safe while "
            + "reports keep arriving)")
    public ViewsRebuilt rebuild() {
        return projector.rebuildViews();
    }
}
