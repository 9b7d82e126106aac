package ogi.contracts.event;

/**
 * Where a finding points: a section number (1-6), a table id ({@code table1}, {@code table2}, {@code table3}),
 * and the template keys of the row and column. Absent parts are null.
 */
public record Location(Integer section, String table, String row, String column) {

    public static Location section(int number) {
        return new Location(number, null, null, null);
    }

    public static Location table(String table) {
        return new Location(null, table, null, null);
    }

    public static Location cell(String table, String row, String column) {
        return new Location(null, table, row, column);
    }

    /** A stable text form, part of a finding's identity. */
    public String key() {
        return (section == null ? "" : "s" + section) + "/" + nz(table) + "/" + nz(row) + "/" + nz(column);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
