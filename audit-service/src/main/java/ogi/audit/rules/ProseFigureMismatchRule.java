package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ProseFigure;

/**
 * PROSE-001: a figure restated in the prose must equal its table: applications received (Table 2 一 总计),
 * 行政许可 and 行政处罚 decisions (Table 1).
 */
public class ProseFigureMismatchRule extends AuditRule {
    private record Restated(String kind, String table, String row, String column, String nameZh, String nameEn) {
    }

    private static final List<Restated> RESTATED = List.of(
            new Restated(ProseFigure.APPLICATIONS_RECEIVED, "table2", "new_applications", "total", "收到的政府信息公开申请数",
                    "applications received"),
            new Restated(ProseFigure.PERMITS, "table1", "permits", "decisions", "行政许可处理决定数", "permit decisions"),
            new Restated(ProseFigure.PENALTIES, "table1", "penalties", "decisions", "行政处罚处理决定数",
                    "penalty decisions"));

    public ProseFigureMismatchRule() {
        super("PROSE-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Restated r : RESTATED) {
            BigDecimal table = context.value(r.table, r.row, r.column);
            if (table == null) {
                continue;
            }
            for (ProseFigure figure : context.figures(r.kind)) {
                if (figure.value() != null && figure.value().compareTo(table) != 0) {
                    findings.add(finding(context, Location.cell(r.table, r.row, r.column),
                            "正文称" + r.nameZh + "为" + AuditContext.plain(figure.value()) + "（「" + figure.sentence()
                                    + "」），表格为" + AuditContext.plain(table),
                            "The prose gives " + AuditContext.plain(figure.value()) + " " + r.nameEn + " (line "
                                    + figure.line() + "), the table " + AuditContext.plain(table),
                            AuditContext.plain(table), AuditContext.plain(figure.value())));
                    break;
                }
            }
        }
        return findings;
    }
}
