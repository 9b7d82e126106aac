package ogi.contracts.event;

import java.util.Objects;

/**
 * Where a finding points: a section number (1-6), a table id ({@code table1}, {@code table2}, {@code table3}),
 * the template keys of the row and column, and their labels as the template prints them. Absent parts are null.
 * Only the keys are part of a finding's identity.
 */
public record Location(Integer section, String table, String row, String column, String rowLabel,
        String columnLabel) {

    public Location(Integer section, String table, String row, String column) {
        this(section, table, row, column, null, null);
    }

    public static Location section(int number) {
        return new Location(number, null, null, null);
    }

    public static Location table(String table) {
        return new Location(null, table, null, null);
    }

    public static Location cell(String table, String row, String column) {
        return new Location(null, table, row, column);
    }

    public Location withLabels(String rowLabel, String columnLabel) {
        return new Location(section, table, row, column, rowLabel, columnLabel);
    }

    /** A stable text form, part of a finding's identity. */
    public String key() {
        return (section == null ? "" : "s" + section) + "/" + nz(table) + "/" + nz(row) + "/" + nz(column);
    }

    /** True when this location is the cell (table, row, column). */
    public boolean isCell(String table, String row, String column) {
        return Objects.equals(this.table, table) && Objects.equals(this.row, row)
                && Objects.equals(this.column, column);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
