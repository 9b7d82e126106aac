package ogi.audit.rules;

/**
 * ARITH-001: the template's own rule for every column of Table 2: 一 + 二 = 三（七）总计 + 四 (relation
 * {@code balance}). Blank cells count as zero (see {@link Relation}).
 */
public class Table2BalanceRule extends SumRule {
    public Table2BalanceRule() {
        super("ARITH-001", "table2", "balance");
    }

    @Override
    protected String messageZh(Broken b) {
        return "「" + b.lineLabel() + "」列：一+二=" + b.left() + "，三（七）总计+四=" + b.right() + b.checked().noteZh();
    }

    @Override
    protected String messageEn(Broken b) {
        return "Column " + b.lineKey() + ": new + carried over = " + b.left() + ", total handled + carried forward = "
                + b.right() + b.checked().noteEn();
    }
}
