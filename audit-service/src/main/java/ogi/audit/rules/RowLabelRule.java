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
        for (String tableId : List.of("table1", "table2")) {
            for (TableRow row : context.report().table(tableId).rows()) {
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
