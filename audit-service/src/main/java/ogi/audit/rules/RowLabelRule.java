package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.LabelMatch;
import ogi.contracts.report.TableRow;

/** TPL-001: a row label that is not the template's: a typo, or an older wording such as 规范性文件. */
public class RowLabelRule extends AuditRule {
    public RowLabelRule() {
        super("TPL-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        if (context.oneRowOtherProcessing()) {
            TableRow row = context.report().table("table2").row(AuditContext.ONE_ROW_OTHER_PROCESSING);
            findings.add(finding(context, Location.cell("table2", row.key(), null),
                    "「" + row.labelAsWritten() + "」写作一行，未按规定格式分列"
                            + "「1.申请人无正当理由逾期不补正…」「2.申请人逾期未按收费通知要求缴纳费用…」「3.其他」三行（2019年版格式的写法）",
                    "（六）其他处理 is written as one row, as the 2019 template had it, without the 2021 template's "
                            + "three sub-rows", "（六）其他处理 1. 2. 3.", row.labelAsWritten()));
        }
        for (String tableId : List.of("table1", "table2")) {
            for (TableRow row : context.report().table(tableId).rows()) {
                if (row.key().equals(AuditContext.ONE_ROW_OTHER_PROCESSING) && "table2".equals(tableId)
                        && context.oneRowOtherProcessing()) {
                    continue;
                }
                if (row.found() && (row.labelMatch() == LabelMatch.TYPO || row.labelMatch() == LabelMatch.VARIANT)
                        && !sameWords(row)) {
                    findings.add(finding(context, Location.cell(tableId, row.key(), null),
                            "行标题写作「" + row.labelAsWritten() + "」，规定格式为「" + row.label() + "」",
                            "Row label written '" + row.labelAsWritten() + "', the template says '" + row.label() + "'",
                            row.label(), row.labelAsWritten()));
                }
            }
        }
        return findings;
    }

    /**
     * An abbreviation that keeps the template's words (（二）部分公开 for the long label) is not flagged, nor a label
     * cut short where it wrapped, nor one that has all of the template's words with a neighbouring cell's text run
     * into it (PDF text: 1.本机关不掌握相关政府信息（四）无, the vertical group label beside it): the wording is the
     * template's.
     */
    private static boolean sameWords(TableRow row) {
        String written = row.labelAsWritten().replaceAll("[\\s()（）、.．,，“”\"]", "");
        String label = row.label().replaceAll("[\\s()（）、.．,，“”\"]", "");
        if (label.startsWith(written) && written.length() >= 4) {
            return true;
        }
        String core = label.replaceFirst("^([一二三四五六七八九十]+|\\d{1,2})", "");
        return core.length() >= 4 && written.contains(core);
    }
}
