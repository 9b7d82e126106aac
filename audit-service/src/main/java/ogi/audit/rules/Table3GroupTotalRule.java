package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;

/**
 * ARITH-004: in each group of Table 3 (review, direct suit, suit after review) 总计 is the sum of its four results.
 * Blank cells count as zero (see {@link Relation}).
 */
public class Table3GroupTotalRule extends AuditRule {
    private static final List<String> GROUPS = List.of("review", "litigation_direct", "litigation_after_review");
    private static final List<String> RESULTS = List.of("upheld", "corrected", "other", "pending");

    public Table3GroupTotalRule() {
        super("ARITH-004");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (String group : GROUPS) {
            Relation.Checked c = Relation.check(context,
                    Relation.row("table3", "cases", RESULTS.stream().map(r -> group + "_" + r).toList()),
                    List.of(Relation.ref("table3", "cases", group + "_total")));
            if (c != null && !c.holds()) {
                String sum = AuditContext.plain(c.left());
                String total = AuditContext.plain(c.right());
                String label = context.template().table("table3").column(group + "_total").label();
                findings.add(finding(context, Location.cell("table3", "cases", group + "_total"),
                        "「" + label + "」为" + total + "，各项结果之和为" + sum + c.noteZh(),
                        group + " total is " + total + ", its results add up to " + sum + c.noteEn(),
                        sum, total,
                        row("table3", "cases", java.util.stream.Stream.concat(RESULTS.stream(),
                                java.util.stream.Stream.of("total")).map(r -> group + "_" + r).toList())));
            }
        }
        return findings;
    }
}
