package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ProseFigure;

/**
 * PROSE-002: the prose says no applications were received while Table 2 counts some, or says there was no review
 * or litigation while Table 3 counts cases.
 */
public class ProseDenialContradictedRule extends AuditRule {
    public ProseDenialContradictedRule() {
        super("PROSE-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        BigDecimal received = context.value("table2", "new_applications", "total");
        if (received != null && received.signum() > 0) {
            context.figures(ProseFigure.NO_APPLICATIONS).stream().findFirst().ifPresent(f -> findings.add(finding(
                    context, Location.cell("table2", "new_applications", "total"),
                    "正文称未收到政府信息公开申请（「" + f.sentence() + "」），但申请情况表本年新收" + AuditContext.plain(received) + "件",
                    "The prose says no applications were received (line " + f.line() + "), Table 2 counts "
                            + AuditContext.plain(received),
                    "0", AuditContext.plain(received))));
        }
        BigDecimal cases = context.value("table3", "cases", "review_total");
        BigDecimal direct = context.value("table3", "cases", "litigation_direct_total");
        BigDecimal after = context.value("table3", "cases", "litigation_after_review_total");
        BigDecimal all = cases == null || direct == null || after == null ? null : cases.add(direct).add(after);
        if (all != null && all.signum() > 0) {
            context.figures(ProseFigure.NO_REVIEW_OR_LITIGATION).stream().findFirst().ifPresent(f -> findings.add(
                    finding(context, Location.cell("table3", "cases", "review_total"),
                            "正文称无行政复议或行政诉讼（「" + f.sentence() + "」），但表三共计" + AuditContext.plain(all) + "件",
                            "The prose denies review or litigation (line " + f.line() + "), Table 3 counts "
                                    + AuditContext.plain(all),
                            "0", AuditContext.plain(all))));
        }
        return findings;
    }
}
