package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.Section;

/** COMP-007: section six must say what information-processing fees (信息处理费) were collected, even if none. */
public class FeesNotStatedRule extends AuditRule {
    public FeesNotStatedRule() {
        super("COMP-007");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Section six = context.report().section(6);
        if (six == null || !six.found()) {
            return List.of();
        }
        if (six.text() != null && six.text().contains("信息处理费")) {
            return List.of();
        }
        return List.of(finding(context, Location.section(6), "第六部分未说明信息处理费的收取情况",
                "Section six says nothing about information-processing fees", "信息处理费",
                six.text() == null ? "" : six.text()));
    }
}
