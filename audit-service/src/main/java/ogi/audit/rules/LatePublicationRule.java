package ogi.audit.rules;

import java.time.LocalDate;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportMetadata;

/**
 * TIME-001 (条例 art. 49): a department publishes its report by 31 January of the following year; a people's
 * government at county level or above (an agency named …人民政府) its own report by 31 March.
 */
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
        boolean government = meta.agency() != null && meta.agency().endsWith("人民政府");
        LocalDate deadline = government ? LocalDate.of(meta.year() + 1, 3, 31) : LocalDate.of(meta.year() + 1, 1, 31);
        if (meta.publicationDate().isAfter(deadline)) {
            return List.of(finding(context, new Location(null, null, "publicationDate", null),
                    "发布日期" + meta.publicationDate() + "晚于" + deadline,
                    "Published " + meta.publicationDate() + ", after the deadline " + deadline,
                    "<= " + deadline, meta.publicationDate()));
        }
        return List.of();
    }
}
