package ogi.audit.rules;

import ogi.contracts.template.ReportTemplate.ColumnSpec;

/**
 * ARITH-004: in each group of Table 3 (review, direct suit, suit after review) 总计 is the sum of its four results
 * (relation {@code group_total}, one per group). Blank cells count as zero (see {@link Relation}).
 */
public class Table3GroupTotalRule extends SumRule {
    public Table3GroupTotalRule() {
        super("ARITH-004", "table3", "group_total");
    }

    @Override
    protected String messageZh(Broken b) {
        return "「" + total(b).label() + "」为" + b.right() + "，各项结果之和为" + b.left() + b.checked().noteZh();
    }

    @Override
    protected String messageEn(Broken b) {
        return total(b).group() + " total is " + b.right() + ", its results add up to " + b.left()
                + b.checked().noteEn();
    }

    private static ColumnSpec total(Broken b) {
        return b.table().column(b.sum().equals().get(0));
    }
}
