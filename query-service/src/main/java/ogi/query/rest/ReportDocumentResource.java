package ogi.query.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import ogi.query.api.ReportDetail;
import ogi.query.document.AuditDocument;
import ogi.query.document.DocxWriter;
import ogi.query.document.PdfWriter;
import ogi.query.document.ReportAuditDocument;
import ogi.query.store.ReportRepository;

/**
 * One report's audit as a document to attach to a letter or edit in Word ({@code /reports/{id}/audit.pdf},
 * {@code .docx}). Both formats are laid out from the same {@link AuditDocument}; the region's year is
 * {@link RegionDocumentResource}.
 */
@RolesAllowed("read")
@Path("/reports")
@Tag(name = "export")
public class ReportDocumentResource {
    private final ReportRepository reports;
    private final PdfWriter pdf;
    private final DocxWriter docx;

    public ReportDocumentResource(ReportRepository reports, PdfWriter pdf, DocxWriter docx) {
        this.reports = reports;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GET
    @Path("/{id}/audit.pdf")
    @Produces(DocumentResponses.PDF)
    @Operation(summary = "The report's audit as a PDF: the report, its three tables as read with the flagged cells "
            + "marked, the findings by severity and section, each rule's result and the reviewers' decisions; "
            + "Chinese in an embedded CJK font (503 when the server has none)")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = DocumentResponses.PDF,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response reportPdf(@PathParam("id") String id) {
        return DocumentResponses.pdf(pdf, ReportAuditDocument.of(report(id)), "audit-" + id.substring(0, 12));
    }

    @GET
    @Path("/{id}/audit.docx")
    @Produces(DocxWriter.CONTENT_TYPE)
    @Operation(summary = "The report's audit as a Word document (DOCX), the same content as audit.pdf")
    @APIResponse(responseCode = "200", description = "the DOCX",
            content = @Content(mediaType = DocxWriter.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response reportDocx(@PathParam("id") String id) {
        return DocumentResponses.docx(docx, ReportAuditDocument.of(report(id)), "audit-" + id.substring(0, 12));
    }

    private ReportDetail report(String id) {
        return reports.detail(Params.documentId(id))
                .orElseThrow(() -> new NotFoundException("no report with id " + id));
    }
}
