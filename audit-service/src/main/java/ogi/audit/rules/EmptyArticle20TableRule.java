package ogi.audit.rules;

import java.util.List;
import java.util.Objects;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/**
 * COMP-003: the Article 20 table is printed but empty (headers without rows or numbers), or partly empty (some rows
 * or cells without a value).
 */
public class EmptyArticle20TableRule extends AuditRule {
    public EmptyArticle20TableRule() {
        super("COMP-003");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportTable table = context.report().table1();
        if (!table.found()) {
            return List.of();
        }
        long cells = table.rows().stream().mapToLong(r -> r.cells().size()).sum();
        long filled = table.rows().stream().flatMap(r -> r.cells().values().stream())
                .filter(Objects::nonNull).filter(c -> c.value() != null).count();
        if (filled == 0) {
            return List.of(finding(context, Location.table("table1"),
                    "第二十条主动公开情况表只有表头，没有任何数据",
                    "The Article 20 table has headers but no rows or numbers", cells + " cells", "0 cells"));
        }
        List<Finding> findings = list();
        for (TableRow row : table.rows()) {
            row.cells().forEach((column, cell) -> {
                if (cell == null || cell.value() == null) {
                    findings.add(finding(context, Location.cell("table1", row.key(), column),
                            "第二十条表「" + row.label() + "」缺少数据", "Article 20 table: no value for " + row.key()
                                    + " / " + column, "a number", cell == null ? null : cell.raw()));
                }
            });
        }
        return findings;
    }
}
