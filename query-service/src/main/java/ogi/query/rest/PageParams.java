package ogi.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;

import ogi.query.report.Cursor;
import ogi.query.report.ReportSort;

/** The order and page of {@code GET /reports} ({@code @BeanParam}): sort, the cursor given back, the page size. */
public class PageParams {
    @QueryParam("sort")
    String sort;
    @QueryParam("cursor")
    String cursor;
    @QueryParam("limit")
    String limit;

    ReportSort order() {
        try {
            return sort == null || sort.isBlank() ? ReportSort.NEWEST : ReportSort.parse(sort.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** Where the page starts, or null for the first page. */
    Cursor after() {
        try {
            return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    int size(int max) {
        return Params.integer("limit", limit, 1, max, 50);
    }
}
