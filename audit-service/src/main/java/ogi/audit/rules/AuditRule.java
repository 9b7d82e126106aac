package ogi.audit.rules;

import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.Severity;

/**
 * One rule of the catalogue: a stable id (never reused once published); its category, severity and descriptions
 * come from {@code rules/catalogue.json}. {@link #check} returns the rule's findings for one report, each pointing
 * at a location with the expected and actual values.
 */
public abstract class AuditRule {
    private final String id;
    private final String category;
    private final Severity severity;
    private final String descriptionZh;
    private final String descriptionEn;

    protected AuditRule(String id) {
        RuleDefinition d = RuleDefinition.of(id);
        this.id = id;
        this.category = d.category();
        this.severity = d.severity();
        this.descriptionZh = d.descriptionZh();
        this.descriptionEn = d.descriptionEn();
    }

    public abstract List<Finding> check(AuditContext context);

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    protected Finding finding(AuditContext context, Location location, String messageZh, String messageEn,
            Object expected, Object actual) {
        List<Location> cells = location.row() != null && location.column() != null ? List.of(location) : List.of();
        return finding(context, location, messageZh, messageEn, expected, actual, cells);
    }

    /** A finding with every cell its check read ({@code cells}), so a reviewer sees both sides of a sum. */
    protected Finding finding(AuditContext context, Location location, String messageZh, String messageEn,
            Object expected, Object actual, List<Location> cells) {
        return new Finding(Finding.idOf(context.documentId(), id, location), id, category, severity, messageZh,
                messageEn, labelled(context, location), expected == null ? null : String.valueOf(expected),
                actual == null ? null : String.valueOf(actual),
                cells.stream().map(c -> labelled(context, c)).toList());
    }

    /** The cells of one column over several rows. */
    protected static List<Location> column(String table, List<String> rows, String column) {
        return rows.stream().map(r -> Location.cell(table, r, column)).toList();
    }

    /** The cells of one row over several columns. */
    protected static List<Location> row(String table, String row, List<String> columns) {
        return columns.stream().map(c -> Location.cell(table, row, c)).toList();
    }

    private static Location labelled(AuditContext context, Location l) {
        if (l.table() == null) {
            return l;
        }
        var table = context.template().table(l.table());
        String rowLabel = l.row() == null ? null : context.rowLabel(l.table(), l.row());
        String columnLabel = l.column() == null ? null : table.columns().stream()
                .filter(c -> c.key().equals(l.column())).map(c -> c.label()).findFirst().orElse(null);
        return l.withLabels(rowLabel, columnLabel);
    }

    protected static List<Finding> list() {
        return new ArrayList<>();
    }
}
