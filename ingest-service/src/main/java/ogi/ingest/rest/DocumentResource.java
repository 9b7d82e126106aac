package ogi.ingest.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import ogi.ingest.document.AcceptedDocument;
import ogi.ingest.document.DocumentIngestion;
import ogi.ingest.document.IngestException;
import ogi.ingest.document.Upload;
import ogi.ingest.document.UrlFetcher;

/** {@code POST /documents}: one or many files as multipart, or one document as the raw request body. */
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
            + "http(s) only, no private or local addresses; the URL is recorded with the document")
    public Response uploadUrl(UrlRequest request) {
        if (request == null) {
            throw new IngestException(400, "invalid-url", "the body must be {\"url\": \"https://...\"}", null);
        }
        return accepted(ingestion.ingest(List.of(fetcher.fetch(request.url()))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload one or many report files (any multipart field name)")
    public Response uploadFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.size() > config.maxDocumentBytes()) {
                throw new IngestException(413, "document-too-large", "the document has " + file.size()
                        + " bytes, more than the " + config.maxDocumentBytes() + " accepted", file.fileName());
            }
            uploads.add(new Upload(read(file), file.contentType(), file.fileName(), null));
        }
        return accepted(ingestion.ingest(uploads));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one report as the request body, with its Content-Type (and charset for text)")
    public Response uploadBody(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("fileName") String fileName) {
        byte[] bytes = readLimited(body, fileName);
        return accepted(ingestion.ingest(List.of(new Upload(bytes, contentType, fileName, null))));
    }

    private byte[] readLimited(InputStream body, String fileName) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) config.maxDocumentBytes() + 1);
            if (bytes.length > config.maxDocumentBytes()) {
                throw new IngestException(413, "document-too-large", "the document is larger than the "
                        + config.maxDocumentBytes() + " bytes accepted", fileName);
            }
            return bytes;
        } catch (IOException e) {
            throw new IngestException(400, "unreadable-body", "the request body could not be read: "
                    + e.getMessage(), fileName);
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response accepted(List<AcceptedDocument> documents) {
        return Response.accepted(Map.of("documents", documents)).build();
    }
}
