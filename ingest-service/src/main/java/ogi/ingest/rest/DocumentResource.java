package ogi.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import ogi.ingest.config.IngestConfig;
import ogi.ingest.document.IngestAnswer;
import ogi.ingest.document.DocumentIngestion;
import ogi.ingest.document.FileNames;
import ogi.ingest.document.IngestException;
import ogi.ingest.document.ReportArchive;
import ogi.ingest.document.SpooledFile;
import ogi.ingest.document.Upload;
import ogi.ingest.document.UrlFetcher;

/** {@code POST /documents}: one or many files as multipart, or one document as the raw request body. */
@RolesAllowed("write")
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {
    private final DocumentIngestion ingestion;
    private final UrlFetcher fetcher;
    private final IngestConfig config;

    /** The body of an ingest by URL. */
    public record UrlRequest(String url) {
    }

    public DocumentResource(DocumentIngestion ingestion, UrlFetcher fetcher, IngestConfig config) {
        this.ingestion = ingestion;
        this.fetcher = fetcher;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a document by URL: {\"url\": \"https://...\"}; fetched with size and time limits, "
            + "http(s) only, no private, shared or reserved addresses; the URL is recorded with the document")
    public Response uploadUrl(UrlRequest request) {
        if (request == null || request.url() == null) {
            throw new IngestException(400, "invalid-url", "the body must be {\"url\": \"https://...\"}", null);
        }
        try (SpooledFile file = SpooledFile.create()) {
            return accepted(ingestion.ingest(List.of(fetcher.fetch(request.url(), file.path()))));
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload one or many report files (any multipart field name)")
    public Response uploadFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.size() > config.maxDocumentBytes() && !isArchive(file)) {
                throw new IngestException(413, "document-too-large", "the document has " + file.size()
                        + " bytes, more than the " + config.maxDocumentBytes() + " accepted",
                        FileNames.clean(file.fileName()));
            }
            uploads.add(Upload.of(file.uploadedFile(), file.contentType(), file.fileName()));
        }
        return accepted(ingestion.ingest(uploads));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one report as the request body, with its Content-Type (and charset for text)")
    public Response uploadBody(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, @QueryParam("fileName") String fileName) {
        if (contentLength != null && contentLength > config.maxDocumentBytes()) {
            throw SpooledFile.tooLarge(config.maxDocumentBytes(), fileName);
        }
        try (SpooledFile file = SpooledFile.create()) {
            file.copy(body, config.maxDocumentBytes(), fileName);
            return accepted(ingestion.ingest(List.of(Upload.of(file.path(), contentType, fileName))));
        }
    }

    private static boolean isArchive(FileUpload file) {
        return ReportArchive.isArchive(Upload.of(file.uploadedFile(), file.contentType(), file.fileName()));
    }

    private static Response accepted(IngestAnswer answer) {
        return Response.accepted(answer).build();
    }
}
