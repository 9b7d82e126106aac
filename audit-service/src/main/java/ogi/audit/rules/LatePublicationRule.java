package ogi.audit.rules;

import java.time.LocalDate;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportMetadata;

/** TIME-001: a department publishes its report by 31 January of the following year (条例 art. 49). */
public class LatePublicationRule extends AuditRule {
    public LatePublicationRule() {
        super("TIME-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportMetadata meta = context.report().metadata();
        if (meta.year() == null || meta.publicationDate() == null) {
            return List.of();
        }
        LocalDate deadline = LocalDate.of(meta.year() + 1, 1, 31);
        if (meta.publicationDate().isAfter(deadline)) {
            return List.of(finding(context, new Location(null, null, "publicationDate", null),
                    "发布日期" + meta.publicationDate() + "晚于" + deadline,
                    "Published " + meta.publicationDate() + ", after the deadline " + deadline,
                    "<= " + deadline, meta.publicationDate()));
        }
        return List.of();
    }
}
