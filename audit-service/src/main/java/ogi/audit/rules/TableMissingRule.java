package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportTable;

/** COMP-002: each of the three fixed tables must be present. */
public class TableMissingRule extends AuditRule {
    private static final List<String> NAMES_ZH = List.of("主动公开政府信息情况表（第二十条）", "收到和处理政府信息公开申请情况表",
            "政府信息公开行政复议、行政诉讼情况表");

    public TableMissingRule() {
        super("COMP-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (int i = 1; i <= 3; i++) {
            ReportTable table = context.report().table("table" + i);
            if (!table.found()) {
                findings.add(finding(context, Location.table(table.id()), "缺少" + NAMES_ZH.get(i - 1),
                        "Table " + i + " is missing", "table " + i, null));
            }
        }
        return findings;
    }
}
