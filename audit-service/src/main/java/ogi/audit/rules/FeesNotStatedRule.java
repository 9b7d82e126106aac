package ogi.audit.rules;

import java.util.List;
import java.util.regex.Pattern;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportMetadata;
import ogi.contracts.report.Section;

/**
 * COMP-007: section six must say what information-processing fees were collected, even if none: asked by the 2021
 * format only (国办公开办函〔2021〕30号), so a report in the 2019 format or for 2019 or 2020 is not asked. The fee
 * goes by several names (信息处理费, 处理费, 费用, 收费) and the statement by many wordings (收取/未收取, 未产生,
 * 不存在收费, 没有收取, 均未收取, 为零): any sentence of section six on a fee or on collecting one states it. The
 * parser gives section text in simplified characters.
 */
public class FeesNotStatedRule extends AuditRule {
    private static final Pattern FEE_STATEMENT = Pattern.compile("信息处理费|处理费|费用|收费|收取|计收|缴费|缴纳");

    public FeesNotStatedRule() {
        super("COMP-007");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportMetadata meta = context.report().metadata();
        if ("2019".equals(meta.template()) || meta.year() != null && meta.year() < 2021) {
            return List.of();
        }
        Section six = context.report().section(6);
        if (six == null || !six.found()) {
            return List.of();
        }
        if (six.text() != null && statesFees(six.text())) {
            return List.of();
        }
        return List.of(finding(context, Location.section(6), "第六部分未说明信息处理费的收取情况",
                "Section six says nothing about information-processing fees", "信息处理费",
                six.text() == null ? "" : six.text()));
    }

    static boolean statesFees(String text) {
        return FEE_STATEMENT.matcher(text).find();
    }
}
