package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.RowSpec;

/**
 * ARITH-003: in every row of Table 2, 总计 equals 自然人 plus the five 法人或其他组织 columns. Blank cells count as
 * zero (see {@link Relation}).
 */
public class Table2RowTotalRule extends AuditRule {
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_service", "other_org");

    public Table2RowTotalRule() {
        super("ARITH-003");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        List<RowSpec> rows = new java.util.ArrayList<>(context.template().table("table2").rows());
        if (context.oneRowOtherProcessing()) {
            RowSpec like = rows.stream().filter(r -> r.key().equals("total_handled")).findFirst().orElseThrow();
            rows.add(new RowSpec(AuditContext.ONE_ROW_OTHER_PROCESSING, AuditContext.OTHER_PROCESSING_GROUP,
                    List.of(), like.columns(), null, like.block(), like.unit(), true));
        }
        for (RowSpec row : rows) {
            Relation.Checked c = Relation.check(context, Relation.row("table2", row.key(), APPLICANTS),
                    List.of(Relation.ref("table2", row.key(), "total")));
            if (c != null && !c.holds()) {
                String sum = AuditContext.plain(c.left());
                String total = AuditContext.plain(c.right());
                findings.add(finding(context, Location.cell("table2", row.key(), "total"),
                        "「" + row.label() + "」行：总计为" + total + "，各类申请人之和为" + sum + c.noteZh(),
                        "Row " + row.key() + ": total is " + total + ", the applicant columns add up to " + sum
                                + c.noteEn(),
                        sum, total, row("table2", row.key(), row.columns())));
            }
        }
        return findings;
    }
}
