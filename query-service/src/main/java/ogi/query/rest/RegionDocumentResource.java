package ogi.query.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.event.Severity;
import ogi.contracts.region.Division;
import ogi.query.api.RegionYear;
import ogi.query.document.AuditDocument;
import ogi.query.document.DocxWriter;
import ogi.query.document.PdfWriter;
import ogi.query.document.RegionAuditDocument;
import ogi.query.region.AgencyDivisions;
import ogi.query.region.RegionRollup;
import ogi.query.store.FindingRepository;
import ogi.query.store.ViewRepository;

/**
 * A region's year as a document to attach to a letter or edit in Word ({@code /export/regions/{code}/{year}.pdf},
 * {@code .docx}): figures, ranking, the problems found most often, the agencies with errors. Both formats are laid
 * out from the same {@link AuditDocument}.
 */
@RolesAllowed("read")
@Path("/export/regions")
@Tag(name = "export")
public class RegionDocumentResource {
    private final FindingRepository findings;
    private final AgencyDivisions divisions;
    private final RegionRollup rollup;
    private final ViewRepository views;
    private final PdfWriter pdf;
    private final DocxWriter docx;

    public RegionDocumentResource(FindingRepository findings, AgencyDivisions divisions, RegionRollup rollup,
            ViewRepository views, PdfWriter pdf, DocxWriter docx) {
        this.findings = findings;
        this.divisions = divisions;
        this.rollup = rollup;
        this.views = views;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GET
    @Path("/{code}/{year}.pdf")
    @Produces(DocumentResponses.PDF)
    @Operation(summary = "A region's year as a PDF: figures summed, agencies ranked, the problems found most "
            + "often, the agencies with errors")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = DocumentResponses.PDF,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response regionPdf(@PathParam("code") String code, @PathParam("year") String year) {
        Division region = RegionResource.division(divisions, code);
        int y = Params.integer("year", year, 1990, 2100);
        return DocumentResponses.pdf(pdf, region(region, y), "region-" + region.code() + "-" + y);
    }

    @GET
    @Path("/{code}/{year}.docx")
    @Produces(DocxWriter.CONTENT_TYPE)
    @Operation(summary = "A region's year as a Word document (DOCX), the same content as the PDF")
    @APIResponse(responseCode = "200", description = "the DOCX",
            content = @Content(mediaType = DocxWriter.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response regionDocx(@PathParam("code") String code, @PathParam("year") String year) {
        Division region = RegionResource.division(divisions, code);
        int y = Params.integer("year", year, 1990, 2100);
        return DocumentResponses.docx(docx, region(region, y), "region-" + region.code() + "-" + y);
    }

    private AuditDocument region(Division region, int year) {
        RegionYear figures = rollup.of(region, year, 5_000);
        List<String> documents = views.regionDocuments(region.code(), year);
        List<RegionAuditDocument.Count> counts = documents.isEmpty() ? List.of()
                : findings.countsByDocumentRuleAndSeverity(documents).stream().map(c ->
                        new RegionAuditDocument.Count(c.documentId(), c.ruleId(), c.severity(), c.findings())).toList();
        return RegionAuditDocument.of(figures, counts);
    }
}
