package ogi.contracts.report;

import java.util.List;

/** One of the three fixed tables: {@code found} when any of its labels was found; rows in template order. */
public record ReportTable(String id, boolean found, List<TableRow> rows) {

    public TableRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    public Cell cell(String rowKey, String columnKey) {
        TableRow row = row(rowKey);
        return row == null ? null : row.cells().get(columnKey);
    }
}
