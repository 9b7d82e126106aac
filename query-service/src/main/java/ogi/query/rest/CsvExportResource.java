package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.report.Cursor;
import ogi.query.report.FindingRepository;
import ogi.query.report.ReportRepository;
import ogi.query.report.ReportSort;
import ogi.query.report.ReportStatus;

/**
 * CSV exports that open correctly in Excel: UTF-8 with a byte-order mark, CRLF, every field quoted, and cells that
 * a spreadsheet would run as formulas ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return: OWASP's
 * list) prefixed with an apostrophe.
 */
@RolesAllowed("read")
@Path("/export")
@Tag(name = "export")
public class CsvExportResource {
    private static final String CSV = "text/csv;charset=utf-8";
    private static final int PAGE = 500;
    private static final int MAX_ROWS = 200_000;

    private final ReportRepository reports;
    private final FindingRepository findings;

    public CsvExportResource(ReportRepository reports, FindingRepository findings) {
        this.reports = reports;
        this.findings = findings;
    }

    @GET
    @Path("/reports.csv")
    @Produces(CSV)
    @Operation(summary = "Reports as CSV (same filters as GET /reports)")
    public Response reports(@QueryParam("status") String status, @QueryParam("agency") String agency,
            @QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("minSeverity") String minSeverity, @QueryParam("rule") String rule) {
        var filter = ReportResource.filter(status, agency, region, year, minSeverity, rule);
        StringBuilder csv = new StringBuilder();
        row(csv, REPORT_COLUMNS);
        Cursor after = null;
        int rows = 0;
        do {
            ReportRepository.Page page = reports.list(filter, ReportSort.NEWEST, after, PAGE);
            for (Document d : page.items()) {
                reportRow(csv, d);
                rows++;
            }
            after = page.nextCursor() == null ? null : Cursor.decode(page.nextCursor());
        } while (after != null && rows < MAX_ROWS);
        return file(csv, "reports.csv");
    }

    @GET
    @Path("/findings.csv")
    @Produces(CSV)
    @Operation(summary = "Findings as CSV (filters as GET /findings)")
    public Response findings(@QueryParam("rule") String rule, @QueryParam("minSeverity") String minSeverity,
            @QueryParam("agency") String agency, @QueryParam("year") String year) {
        StringBuilder csv = new StringBuilder();
        row(csv, FINDING_COLUMNS);
        int offset = 0;
        List<Document> page;
        do {
            page = findings.search(Params.ruleId(rule), Params.severity(minSeverity), Params.text("agency", agency, 100),
                    Params.integer("year", year, 1990, 2100), null, offset, PAGE);
            for (Document d : page) {
                findingRow(csv, d);
            }
            offset += page.size();
        } while (page.size() == PAGE && offset < MAX_ROWS);
        return file(csv, "findings.csv");
    }

    static final List<String> REPORT_COLUMNS = List.of("documentId", "status", "agency", "region", "year", "template",
            "fileName", "errors", "warnings", "infos", "receivedAt");
    static final List<String> FINDING_COLUMNS = List.of("findingId", "documentId", "agency", "year", "ruleId",
            "severity", "messageZh", "messageEn", "table", "row", "column", "expected", "actual");

    static void reportRow(StringBuilder csv, Document d) {
        Document counts = d.get("findingCounts", new Document());
        row(csv, java.util.Arrays.asList(d.get("_id"), ReportStatus.ofRank(d.getInteger("statusRank", 1)).label(),
                d.get("agency"), d.get("region"), d.get("year"), d.get("template"), d.get("fileName"),
                counts.get("error"), counts.get("warning"), counts.get("info"),
                d.getDate("receivedAt") == null ? null : d.getDate("receivedAt").toInstant()));
    }

    static void findingRow(StringBuilder csv, Document d) {
        Document at = d.get("location", new Document());
        row(csv, java.util.Arrays.asList(d.get("_id"), d.get("documentId"), d.get("agency"), d.get("year"), d.get("ruleId"),
                d.get("severity"), d.get("messageZh"), d.get("messageEn"), at.get("table"), at.get("rowLabel"),
                at.get("columnLabel"), d.get("expected"), d.get("actual")));
    }

    static Response file(StringBuilder csv, String name) {
        byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static void row(StringBuilder csv, List<?> values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(cell(v));
        }
        csv.append(String.join(",", cells)).append("\r\n");
    }

    /** One quoted field; a value a spreadsheet would run as a formula gets an apostrophe first (numbers do not). */
    static String cell(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
