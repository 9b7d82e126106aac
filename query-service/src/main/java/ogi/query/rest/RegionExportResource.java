package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.contracts.region.Division;
import ogi.contracts.template.ReportTemplate;
import ogi.contracts.report.Cell;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.query.region.AgencyDivisions;
import ogi.query.store.ReportRepository;
import ogi.query.store.ReportTables;
import ogi.query.store.ViewRepository;

/**
 * {@code GET /export/regions/{code}/{year}.xlsx}: a workbook with one row per agency of the region and year and every
 * cell of the three tables as a column (headed by the template's table, row and column labels), plus the finding
 * counts. Streamed by POI (SXSSF), so a large region does not sit in memory.
 */
@RolesAllowed("read")
@Path("/export/regions")
@Tag(name = "export")
public class RegionExportResource {
    /** Reports whose tables are read at once while the rows stream out. */
    private static final int PAGE = 200;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgencyDivisions divisions;
    private final ViewRepository views;
    private final ReportRepository reports;

    public RegionExportResource(AgencyDivisions divisions, ReportRepository reports, ViewRepository views) {
        this.divisions = divisions;
        this.views = views;
        this.reports = reports;
    }

    private record Column(String table, String row, String column, String header) {
    }

    @GET
    @Path("/{code}/{year}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The region's agencies for a year, one row each, the table cells as columns (XLSX)")
    public Response export(@PathParam("code") String code, @PathParam("year") String year) {
        Division region = RegionResource.division(divisions, code);
        int y = Params.integer("year", year, 1990, 2100);
        List<String> documents = views.regionDocuments(region.code(), y);
        StreamingOutput workbook = out -> write(region, y, documents, out);
        return Response.ok(workbook, XLSX).header("Content-Disposition",
                "attachment; filename=\"region-" + region.code() + "-" + y + ".xlsx\"").build();
    }

    /** Streams the workbook: SXSSF keeps 100 rows in memory, the reports' tables are read a page at a time. */
    private void write(Division region, int y, List<String> documents, OutputStream out) throws IOException {
        List<Column> columns = columns(ReportTemplate.v2021());
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(region.name() + " " + y);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> fixed = List.of("机关 Agency", "行政区划 Division", "文档 Document", "错误 Errors", "警告 Warnings");
            for (int i = 0; i < fixed.size(); i++) {
                header.createCell(i).setCellValue(fixed.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(fixed.size() + i).setCellValue(columns.get(i).header());
                header.getCell(fixed.size() + i).setCellStyle(bold);
            }
            int r = 1;
            for (int from = 0; from < documents.size(); from += PAGE) {
                for (ReportTables d : reports.withTables(documents.subList(from, Math.min(documents.size(), from + PAGE)))) {
                    agencyRow(sheet.createRow(r++), d, fixed.size(), columns);
                }
            }
            sheet.createFreezePane(1, 1);
            book.write(out);
            book.dispose();
        }
    }

    private static void agencyRow(Row row, ReportTables d, int fixedColumns, List<Column> columns) {
        row.createCell(0).setCellValue(String.valueOf(d.agency()));
        row.createCell(1).setCellValue(d.divisionPath() == null ? "" : d.divisionPath());
        row.createCell(2).setCellValue(d.documentId());
        row.createCell(3).setCellValue(d.errors());
        row.createCell(4).setCellValue(d.warnings());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            BigDecimal v = value(d.report(), c.table(), c.row(), c.column());
            if (v != null) {
                row.createCell(fixedColumns + i).setCellValue(v.doubleValue());
            }
        }
    }

    /** A cell's number, or null when the report, its table, row or cell, or the number is missing. */
    private static BigDecimal value(Report report, String table, String row, String column) {
        ReportTable t = report == null ? null : report.table(table);
        Cell cell = t == null || t.row(row) == null ? null : t.cell(row, column);
        return cell == null ? null : cell.value();
    }

    private static List<Column> columns(ReportTemplate template) {
        List<Column> columns = new ArrayList<>();
        for (ReportTemplate.TableSpec table : template.tables()) {
            for (ReportTemplate.RowSpec row : table.rows()) {
                List<String> keys = row.columns() == null || row.columns().isEmpty()
                        ? table.columns().stream().map(ReportTemplate.ColumnSpec::key).toList() : row.columns();
                for (String key : keys) {
                    ReportTemplate.ColumnSpec spec = table.column(key);
                    columns.add(new Column(table.id(), row.key(), key, table.id() + " " + row.label() + " / "
                            + (spec == null ? key : spec.label())));
                }
            }
        }
        return columns;
    }
}
