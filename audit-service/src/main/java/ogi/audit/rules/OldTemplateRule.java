package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportMetadata;

/** TPL-002: a report for 2021 or later written in the older 2019 template (国办公开办函〔2019〕60号). */
public class OldTemplateRule extends AuditRule {
    public OldTemplateRule() {
        super("TPL-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportMetadata meta = context.report().metadata();
        if ("2019".equals(meta.template()) && meta.year() != null && meta.year() >= 2021) {
            return List.of(finding(context, Location.table("table1"),
                    meta.year() + "年度报告使用了2019年版格式（国办公开办函〔2019〕60号），应使用2021年版格式",
                    "The " + meta.year() + " report uses the 2019 template; 2021 and later must use the 2021 one",
                    "2021", "2019"));
        }
        return List.of();
    }
}
