package ogi.query.rest;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.config.QueryConfig;
import ogi.query.report.ReportRepository;
import ogi.query.report.ReportStatus;

/** {@code GET /reports} and {@code GET /reports/{id}}: reports with their status, structured data and findings. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {
    private static final Pattern DOCUMENT_ID = Pattern.compile("^[0-9a-f]{64}$");
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .dateTimeConverter((value, writer) -> writer.writeString(java.time.Instant.ofEpochMilli(value).toString()))
            .int64Converter((value, writer) -> writer.writeNumber(value.toString()))
            .build();

    private final ReportRepository repository;
    private final QueryConfig config;

    public ReportResource(ReportRepository repository, QueryConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @GET
    @Operation(summary = "List reports, newest first, filtered by status, agency (substring) and year")
    public Response list(@QueryParam("status") String status, @QueryParam("agency") String agency,
            @QueryParam("year") String year, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        ReportStatus s;
        try {
            s = status == null || status.isBlank() ? null : ReportStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Integer y = year == null || year.isBlank() ? null : intParam("year", year, 1990, 2100);
        int skip = intParam("offset", offset, 0, Integer.MAX_VALUE);
        int size = intParam("limit", limit, 1, config.maxPageSize());
        String a = agency == null || agency.isBlank() ? null : agency.strip();
        if (a != null && a.length() > 100) {
            throw new BadRequestException("agency must be at most 100 characters");
        }
        List<Document> items = repository.list(s, a, y, skip, size);
        StringBuilder json = new StringBuilder("{\"offset\":").append(skip).append(",\"limit\":").append(size)
                .append(",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ",").append(toJson(items.get(i)));
        }
        return Response.ok(json.append("]}").toString()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: status, metadata, the three tables, the sections, findings and failure if any")
    public Response get(@PathParam("id") String id) {
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new BadRequestException("a document id is 64 lower-case hexadecimal characters (SHA-256)");
        }
        Document doc = repository.find(id).orElseThrow(() -> new NotFoundException("no report with id " + id));
        return Response.ok(toJson(doc)).build();
    }

    private static String toJson(Document doc) {
        Document view = new Document("documentId", doc.get("_id"));
        int rank = doc.getInteger("statusRank", ReportStatus.RECEIVED.rank());
        view.append("status", ReportStatus.ofRank(rank).label());
        doc.forEach((k, v) -> {
            if (!k.equals("_id") && !k.equals("statusRank")) {
                view.append(k, v);
            }
        });
        return view.toJson(JSON);
    }

    private static int intParam(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be an integer, got '" + value + "'");
        }
    }

}
