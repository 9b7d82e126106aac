package ogi.audit.rules;

/**
 * ARITH-002: （七）总计 equals the sum of the result rows （一） to （六）, in every column of Table 2 (relation
 * {@code results_total}). Blank cells count as zero (see {@link Relation}).
 */
public class Table2ResultsTotalRule extends SumRule {
    public Table2ResultsTotalRule() {
        super("ARITH-002", "table2", "results_total");
    }

    @Override
    protected String messageZh(Broken b) {
        return "「" + b.lineLabel() + "」列：（七）总计为" + b.right() + "，各项办理结果之和为" + b.left()
                + b.checked().noteZh();
    }

    @Override
    protected String messageEn(Broken b) {
        return "Column " + b.lineKey() + ": total handled is " + b.right() + ", the results add up to " + b.left()
                + b.checked().noteEn();
    }
}
