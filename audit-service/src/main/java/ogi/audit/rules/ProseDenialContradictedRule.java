package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ProseFigure;

/**
 * PROSE-002: the prose says no applications were received while Table 2 counts some, says there was no review
 * or litigation while Table 3 counts cases, or says every review or suit was upheld (均获维持, 全部维持) while Table 3
 * counts decisions corrected (结果纠正) or cases not yet closed (尚未审结) in the groups the sentence speaks of.
 */
public class ProseDenialContradictedRule extends AuditRule {
    public ProseDenialContradictedRule() {
        super("PROSE-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        BigDecimal received = context.value("table2", "new_applications", "total");
        if (received != null) {
            context.assessedOne();
        }
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
        if (all != null) {
            context.assessedOne();
        }
        if (all != null && all.signum() > 0) {
            context.figures(ProseFigure.NO_REVIEW_OR_LITIGATION).stream().findFirst().ifPresent(f -> findings.add(
                    finding(context, Location.cell("table3", "cases", "review_total"),
                            "正文称无行政复议或行政诉讼（「" + f.sentence() + "」），但表三共计" + AuditContext.plain(all) + "件",
                            "The prose denies review or litigation (line " + f.line() + "), Table 3 counts "
                                    + AuditContext.plain(all),
                            "0", AuditContext.plain(all))));
        }
        context.figures(ProseFigure.ALL_UPHELD).stream().findFirst().ifPresent(f -> allUpheld(context, f, findings));
        return findings;
    }

    private void allUpheld(AuditContext context, ProseFigure f, List<Finding> findings) {
        boolean review = f.sentence().contains("复议");
        boolean litigation = f.sentence().contains("诉讼");
        List<String> groups = new ArrayList<>();
        if (review || !litigation) {
            groups.add("review");
        }
        if (litigation) {
            groups.add("litigation_direct");
            groups.add("litigation_after_review");
        }
        List<Location> contrary = new ArrayList<>();
        BigDecimal count = BigDecimal.ZERO;
        for (String group : groups) {
            for (String result : List.of("corrected", "pending")) {
                BigDecimal v = context.value("table3", "cases", group + "_" + result);
                if (v != null && v.signum() > 0) {
                    contrary.add(Location.cell("table3", "cases", group + "_" + result));
                    count = count.add(v);
                }
            }
        }
        if (contrary.isEmpty()) {
            return;
        }
        String labels = String.join("、", contrary.stream().map(l -> context.template().table("table3")
                .column(l.column()).label()).toList());
        findings.add(finding(context, contrary.get(0), "正文称均获维持（「" + f.sentence() + "」），但表三「" + labels
                + "」共" + AuditContext.plain(count) + "件", "The prose says every case was upheld (line " + f.line()
                + "), Table 3 counts " + AuditContext.plain(count) + " corrected or pending", "0",
                AuditContext.plain(count), contrary));
    }
}
