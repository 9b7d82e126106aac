package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.event.Location;
import ogi.query.api.FindingItem;
import ogi.query.api.Page;
import ogi.query.api.ReportSummary;
import ogi.query.report.Cursor;
import ogi.query.report.ReportFilter;
import ogi.query.report.ReportSort;
import ogi.query.store.FindingRepository;
import ogi.query.store.ReportRepository;

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
    public Response reports(@BeanParam ReportParams params) {
        ReportFilter filter = params.filter();
        StringBuilder csv = new StringBuilder();
        row(csv, REPORT_COLUMNS);
        Cursor after = null;
        int rows = 0;
        do {
            Page<ReportSummary> page = reports.list(filter, ReportSort.NEWEST, after, PAGE);
            for (ReportSummary r : page.items()) {
                reportRow(csv, r);
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
    public Response findings(@BeanParam FindingParams params) {
        StringBuilder csv = new StringBuilder();
        row(csv, FINDING_COLUMNS);
        int offset = 0;
        List<FindingItem> page;
        do {
            page = findings.search(params.ruleId(), params.severity(), params.agencyText(), params.yearNumber(), null,
                    offset, PAGE);
            for (FindingItem item : page) {
                findingRow(csv, item);
            }
            offset += page.size();
        } while (page.size() == PAGE && offset < MAX_ROWS);
        return file(csv, "findings.csv");
    }

    static final List<String> REPORT_COLUMNS = List.of("documentId", "status", "agency", "region", "year", "template",
            "fileName", "errors", "warnings", "infos", "receivedAt");
    static final List<String> FINDING_COLUMNS = List.of("findingId", "documentId", "agency", "year", "ruleId",
            "severity", "messageZh", "messageEn", "table", "row", "column", "expected", "actual");

    static void reportRow(StringBuilder csv, ReportSummary r) {
        var counts = r.findingCounts();
        row(csv, Arrays.asList(r.documentId(), r.status(), r.agency(), r.region(), r.year(), r.template(),
                r.fileName(), counts == null ? null : counts.error(), counts == null ? null : counts.warning(),
                counts == null ? null : counts.info(), r.receivedAt()));
    }

    static void findingRow(StringBuilder csv, FindingItem item) {
        var f = item.finding();
        Location at = f.location();
        row(csv, Arrays.asList(f.findingId(), item.documentId(), item.agency(), item.year(), f.ruleId(),
                f.severity(), f.messageZh(), f.messageEn(), at == null ? null : at.table(),
                at == null ? null : at.rowLabel(), at == null ? null : at.columnLabel(), f.expected(),
                f.actual()));
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
