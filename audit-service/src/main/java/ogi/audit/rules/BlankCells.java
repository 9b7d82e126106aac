package ogi.audit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ogi.contracts.event.Location;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/**
 * The unfilled parts of one table, at the grain a reader thinks in: the whole table when none of its cells is
 * filled; otherwise each row the report lacks, then the blank cells grouped into as few rows and columns as cover
 * them (the line holding the most blank cells first, a row before a column on a tie). Never one group per cell.
 */
final class BlankCells {
    enum Kind {
        TABLE, MISSING_ROW, BLANK_ROW, BLANK_COLUMN
    }

    /** One group: where it points (the table, a row or a column) and its cells. */
    record Group(Kind kind, Location location, String rowKey, String columnKey, List<Location> cells) {
    }

    private BlankCells() {
    }

    static List<Group> of(AuditContext context, String tableId) {
        ReportTable table = context.report().table(tableId);
        List<Group> groups = new ArrayList<>();
        if (table == null || !table.found()) {
            return groups;
        }
        boolean anyFilled = table.rows().stream().anyMatch(r -> r.found() && r.cells().keySet().stream()
                .anyMatch(c -> context.state(tableId, r.key(), c) == AuditContext.CellState.FILLED));
        if (!anyFilled) {
            List<Location> all = new ArrayList<>();
            table.rows().forEach(r -> r.cells().keySet().forEach(c -> all.add(Location.cell(tableId, r.key(), c))));
            groups.add(new Group(Kind.TABLE, Location.table(tableId), null, null, all));
            return groups;
        }
        Map<String, Set<String>> byRow = new LinkedHashMap<>();
        Map<String, Set<String>> byColumn = new LinkedHashMap<>();
        context.template().table(tableId).columns().forEach(c -> byColumn.put(c.key(), new LinkedHashSet<>()));
        boolean oneRowOther = "table2".equals(tableId) && context.oneRowOtherProcessing();
        var tableSpec = context.template().table(tableId);
        for (TableRow row : table.rows()) {
            if (!row.found() && oneRowOther && tableSpec.rows().stream().anyMatch(r -> r.key().equals(row.key())
                    && AuditContext.OTHER_PROCESSING_GROUP.equals(r.group()))) {
                continue; // stood for by the one row （六）其他处理 (RowLabelRule says how it differs)
            }
            if (!row.found()) {
                groups.add(new Group(Kind.MISSING_ROW, Location.cell(tableId, row.key(), null), row.key(), null,
                        row.cells().keySet().stream().map(c -> Location.cell(tableId, row.key(), c)).toList()));
                continue;
            }
            for (String column : row.cells().keySet()) {
                if (context.state(tableId, row.key(), column) == AuditContext.CellState.BLANK) {
                    byRow.computeIfAbsent(row.key(), k -> new LinkedHashSet<>()).add(column);
                    byColumn.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(row.key());
                }
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        List<Group> blankGroups = new ArrayList<>();
        while (true) {
            String bestRow = null;
            int bestRowCount = 0;
            for (var e : byRow.entrySet()) {
                int n = (int) e.getValue().stream().filter(c -> !covered.contains(e.getKey() + "/" + c)).count();
                if (n > bestRowCount) {
                    bestRow = e.getKey();
                    bestRowCount = n;
                }
            }
            String bestColumn = null;
            int bestColumnCount = 0;
            for (var e : byColumn.entrySet()) {
                int n = (int) e.getValue().stream().filter(r -> !covered.contains(r + "/" + e.getKey())).count();
                if (n > bestColumnCount) {
                    bestColumn = e.getKey();
                    bestColumnCount = n;
                }
            }
            if (bestRowCount == 0 && bestColumnCount == 0) {
                break;
            }
            List<Location> cells = new ArrayList<>();
            if (bestRowCount >= bestColumnCount) {
                for (String c : byRow.get(bestRow)) {
                    if (covered.add(bestRow + "/" + c)) {
                        cells.add(Location.cell(tableId, bestRow, c));
                    }
                }
                blankGroups.add(new Group(Kind.BLANK_ROW, Location.cell(tableId, bestRow, null), bestRow, null,
                        cells));
            } else {
                for (String r : byColumn.get(bestColumn)) {
                    if (covered.add(r + "/" + bestColumn)) {
                        cells.add(Location.cell(tableId, r, bestColumn));
                    }
                }
                blankGroups.add(new Group(Kind.BLANK_COLUMN, new Location(null, tableId, null, bestColumn),
                        null, bestColumn, cells));
            }
        }
        groups.addAll(blankGroups);
        return groups;
    }

    /** The template's labels of the cells' columns (for a row) or rows (for a column), for a message. */
    static String labels(AuditContext context, Group group) {
        var spec = context.template().table(group.location().table());
        return String.join("、", group.cells().stream().map(l -> group.kind() == Kind.BLANK_COLUMN
                ? context.rowLabel(l.table(), l.row()) : spec.column(l.column()).label()).toList());
    }

    static String keys(Group group) {
        return String.join(", ", group.cells().stream().map(l -> group.kind() == Kind.BLANK_COLUMN ? l.row()
                : l.column()).toList());
    }
}
