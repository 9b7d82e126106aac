package ogi.query.rest;

import jakarta.ws.rs.core.Response;

import ogi.query.document.AuditDocument;
import ogi.query.document.CjkFont;
import ogi.query.document.DocxWriter;
import ogi.query.document.PdfWriter;
import ogi.support.http.ErrorBody;

/** An audit document answered as a PDF or DOCX attachment; 503 when the PDF has no CJK font to embed. */
final class DocumentResponses {
    static final String PDF = "application/pdf";

    private DocumentResponses() {
    }

    static Response pdf(PdfWriter writer, AuditDocument document, String name) {
        try {
            return Response.ok(writer.write(document), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
        } catch (CjkFont.Missing e) {
            return ErrorBody.response(503, "no-cjk-font", e.getMessage());
        }
    }

    static Response docx(DocxWriter writer, AuditDocument document, String name) {
        return Response.ok(writer.write(document), DocxWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"").build();
    }
}
