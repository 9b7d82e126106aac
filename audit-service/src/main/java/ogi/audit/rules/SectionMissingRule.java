package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.Section;

/** COMP-001: each of the six sections must be present, under its heading. */
public class SectionMissingRule extends AuditRule {
    public SectionMissingRule() {
        super("COMP-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (Section s : context.report().sections()) {
            if (!s.found()) {
                findings.add(finding(context, Location.section(s.number()),
                        "缺少第" + "一二三四五六".charAt(s.number() - 1) + "部分「" + s.heading() + "」",
                        "Section " + s.number() + " (" + s.heading() + ") is missing", s.heading(), null));
            }
        }
        return findings;
    }
}
