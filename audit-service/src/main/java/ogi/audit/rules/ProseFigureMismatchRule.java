package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.template.ReportTemplate.RowSpec;

/**
 * PROSE-001: a figure restated in the prose must equal its table: applications received (Table 2 一 总计), the
 * results 予以公开, 予以公开及部分公开 (the sum of two rows), 不予公开, 无法提供, 不予处理 (the sums of their sub-rows),
 * carried forward (四) and over (二), review and litigation cases (Table 3 总计), 行政许可 and 行政处罚 decisions (Table 1). A kind is
 * reported when none of its restatements equals the table (a reader may restate a figure twice, once for a part);
 * blank cells count as zero when the cells compared have at least one filled. Each finding names the sentence and
 * the cells.
 */
public class ProseFigureMismatchRule extends AuditRule {
    private record Restated(String kind, List<Relation.Ref> cells, String nameZh, String nameEn) {
        Location at() {
            return cells.get(0).location();
        }
    }

    public ProseFigureMismatchRule() {
        super("PROSE-001");
    }

    private static List<Relation.Ref> totals(List<String> rows) {
        return rows.stream().map(r -> Relation.ref("table2", r, "total")).toList();
    }

    private static List<Restated> restated(AuditContext context) {
        List<String> rows = context.template().table("table2").rows().stream().map(RowSpec::key).toList();
        List<String> withheld = rows.stream().filter(r -> r.startsWith("withheld_")).toList();
        List<String> unavailable = rows.stream().filter(r -> r.startsWith("unavailable_")).toList();
        List<String> notProcessed = rows.stream().filter(r -> r.startsWith("not_processed_")).toList();
        return List.of(
                new Restated(ProseFigure.APPLICATIONS_RECEIVED, totals(List.of("new_applications")),
                        "收到的政府信息公开申请数", "applications received"),
                new Restated(ProseFigure.GRANTED, totals(List.of("granted")), "予以公开数", "applications granted"),
                new Restated(ProseFigure.GRANTED_OR_PARTIAL, totals(List.of("partially_granted", "granted")),
                        "予以公开及部分公开数", "applications granted in full or in part"),
                new Restated(ProseFigure.WITHHELD, totals(withheld), "不予公开数", "applications withheld"),
                new Restated(ProseFigure.UNAVAILABLE, totals(unavailable), "无法提供数", "information unavailable"),
                new Restated(ProseFigure.NOT_PROCESSED, totals(notProcessed), "不予处理数", "applications not processed"),
                new Restated(ProseFigure.CARRIED_FORWARD, totals(List.of("carried_forward")), "结转下年度继续办理数",
                        "applications carried forward"),
                new Restated(ProseFigure.CARRIED_OVER, totals(List.of("carried_over")), "上年结转政府信息公开申请数",
                        "applications carried over"),
                new Restated(ProseFigure.REVIEW_CASES, List.of(Relation.ref("table3", "cases", "review_total")),
                        "行政复议案件数", "review cases"),
                new Restated(ProseFigure.LITIGATION_CASES, List.of(
                        Relation.ref("table3", "cases", "litigation_direct_total"),
                        Relation.ref("table3", "cases", "litigation_after_review_total")), "行政诉讼案件数",
                        "litigation cases"),
                new Restated(ProseFigure.PERMITS, List.of(Relation.ref("table1", "permits", "decisions")),
                        "行政许可处理决定数", "permit decisions"),
                new Restated(ProseFigure.PENALTIES, List.of(Relation.ref("table1", "penalties", "decisions")),
                        "行政处罚处理决定数", "penalty decisions"));
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Restated r : restated(context)) {
            List<ProseFigure> figures = context.figures(r.kind).stream().filter(f -> f.value() != null).toList();
            if (figures.isEmpty()) {
                continue;
            }
            BigDecimal table = tableValue(context, r.cells);
            if (table == null || figures.stream().anyMatch(f -> f.value().compareTo(table) == 0)) {
                continue;
            }
            ProseFigure figure = figures.get(0);
            String cellsZh = r.cells.size() == 1 ? "" : "（" + r.cells.size() + "行之和）";
            findings.add(finding(context, r.at(),
                    "正文称" + r.nameZh + "为" + AuditContext.plain(figure.value()) + "（第" + figure.line() + "行「"
                            + figure.sentence() + "」），表格为" + AuditContext.plain(table) + cellsZh,
                    "The prose gives " + AuditContext.plain(figure.value()) + " " + r.nameEn + " (line "
                            + figure.line() + "), the table " + AuditContext.plain(table)
                            + (r.cells.size() == 1 ? "" : " (the sum of " + r.cells.size() + " rows)"),
                    AuditContext.plain(table), AuditContext.plain(figure.value()),
                    r.cells.stream().map(Relation.Ref::location).toList()));
        }
        return findings;
    }

    /** The cells' sum, blanks as zero when at least one is filled; null when any is missing or none is filled. */
    private static BigDecimal tableValue(AuditContext context, List<Relation.Ref> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        int filled = 0;
        for (Relation.Ref c : cells) {
            switch (context.state(c.table(), c.row(), c.column())) {
                case FILLED -> {
                    sum = sum.add(context.value(c.table(), c.row(), c.column()));
                    filled++;
                }
                case BLANK -> context.blank().add(c.key());
                default -> {
                    context.missing().add(c.key());
                    return null;
                }
            }
        }
        if (filled == 0) {
            return null;
        }
        context.assessedOne();
        return sum;
    }

}
