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

    /** An abbreviation that keeps the template's words (（二）部分公开 for the long label) is not flagged. */
    private static boolean sameWords(TableRow row) {
        String written = row.labelAsWritten().replaceAll("[\\s()（）、.．,，]", "");
        String label = row.label().replaceAll("[\\s()（）、.．,，]", "");
        return label.startsWith(written) && written.length() >= 4;
    }
}
