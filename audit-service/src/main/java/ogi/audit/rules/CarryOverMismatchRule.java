package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.ColumnSpec;

/** YEAR-001: last year's 四、结转下年度继续办理 must be this year's 二、上年结转, column by column. */
public class CarryOverMismatchRule extends AuditRule {
    public CarryOverMismatchRule() {
        super("YEAR-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        if (context.previous() == null) {
            return findings;
        }
        Integer lastYear = context.previous().metadata().year();
        for (ColumnSpec column : context.template().table("table2").columns()) {
            BigDecimal forwarded = context.previousValue("table2", "carried_forward", column.key());
            BigDecimal carried = context.value("table2", "carried_over", column.key());
            if (forwarded != null && carried != null && forwarded.compareTo(carried) != 0) {
                findings.add(finding(context, Location.cell("table2", "carried_over", column.key()),
                        "「" + column.label() + "」列：" + lastYear + "年度报告结转下年度" + AuditContext.plain(forwarded)
                                + "件，本年度上年结转" + AuditContext.plain(carried) + "件",
                        "Column " + column.key() + ": " + lastYear + " carried forward " + AuditContext.plain(forwarded)
                                + ", this year carries over " + AuditContext.plain(carried),
                        AuditContext.plain(forwarded), AuditContext.plain(carried)));
            }
        }
        return findings;
    }
}
