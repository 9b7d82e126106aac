package ogi.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unit: CSV fields that a spreadsheet would run as formulas (OWASP's list) are defused; numbers stay numbers. */
class CsvCellTest {
    @Test
    void formulaStartsAreDefusedAndNumbersAreNot() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvExportResource.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1+1\"", CsvExportResource.cell("+1+1"));
        assertEquals("\"'@SUM(A1)\"", CsvExportResource.cell("@SUM(A1)"));
        assertEquals("\"'\t=1+1\"", CsvExportResource.cell("\t=1+1"));
        assertEquals("\"'\r=1+1\"", CsvExportResource.cell("\r=1+1"));
        assertEquals("\"-12.5\"", CsvExportResource.cell(-12.5));
        assertEquals("\"卫滨区\"", CsvExportResource.cell("卫滨区"));
        assertEquals("\"\"", CsvExportResource.cell(null));
    }
}
