package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportMetadata;

/** COMP-006: the report must say which agency wrote it and for which year. */
public class AgencyOrYearUnknownRule extends AuditRule {
    public AgencyOrYearUnknownRule() {
        super("COMP-006");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportMetadata meta = context.report().metadata();
        List<Finding> findings = list();
        if (meta.agency() == null) {
            findings.add(finding(context, new Location(null, null, "agency", null), "报告中未写明发布机关名称",
                    "The report does not name its agency", "agency name", null));
        }
        if (meta.year() == null) {
            findings.add(finding(context, new Location(null, null, "year", null), "报告中未写明报告年度",
                    "The report does not state its year", "report year", null));
        }
        return findings;
    }
}
