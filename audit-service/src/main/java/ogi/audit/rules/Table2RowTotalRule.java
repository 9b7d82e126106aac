package ogi.audit.rules;

/**
 * ARITH-003: in every row of Table 2, 总计 equals 自然人 plus the five 法人或其他组织 columns (relation
 * {@code row_total}). Blank cells count as zero (see {@link Relation}).
 */
public class Table2RowTotalRule extends SumRule {
    public Table2RowTotalRule() {
        super("ARITH-003", "table2", "row_total");
    }

    @Override
    protected String messageZh(Broken b) {
        return "「" + b.lineLabel() + "」行：总计为" + b.right() + "，各类申请人之和为" + b.left() + b.checked().noteZh();
    }

    @Override
    protected String messageEn(Broken b) {
        return "Row " + b.lineKey() + ": total is " + b.right() + ", the applicant columns add up to " + b.left()
                + b.checked().noteEn();
    }
}
