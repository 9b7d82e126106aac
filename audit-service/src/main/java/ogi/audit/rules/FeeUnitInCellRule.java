package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.Cell;

/** VAL-002: the fee column already says 单位：万元; a unit written into the cell is non-conforming. */
public class FeeUnitInCellRule extends AuditRule {
    public FeeUnitInCellRule() {
        super("VAL-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Cell cell = context.report().table1().cell("fees", "amount");
        if (cell == null || cell.unit() == null) {
            return List.of();
        }
        return List.of(finding(context, Location.cell("table1", "fees", "amount"),
                "收费金额单元格写为「" + cell.raw() + "」，表头已注明单位为万元，单元格只应填写数字",
                "The fee cell reads '" + cell.raw() + "'; the header gives the unit, the cell should hold a number",
                AuditContext.plain(cell.value()), cell.raw()));
    }
}
