package ogi.audit.rules;

import java.util.List;

import ogi.audit.copying.SectionCopy;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.RelatedReport;

/**
 * PROSE-004: a section is a near-duplicate of a section of another agency's report of the same year (内容雷同). One
 * finding per section and other report (the closest few, {@code audit.copying.max-copies-per-section}), at the section, its {@code row} holding the other report's document id (so
 * each pair has its own finding id); {@code related} names the other report, the share and the sentences. The copies
 * are found by {@code ogi.audit.copying.CopyDetector} before the rules run.
 */
public class CrossAgencyCopyRule extends AuditRule {

    public CrossAgencyCopyRule() {
        super("PROSE-004");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        List<SectionCopy> copies = context.copies();
        if (copies == null) {
            return findings;
        }
        context.assessedOne();
        for (SectionCopy copy : copies) {
            RelatedReport other = copy.other();
            String agency = other.agency() == null ? "未署名机关" : other.agency();
            String agencyEn = other.agency() == null ? "an unnamed agency" : other.agency();
            String percent = Math.round(other.share() * 100) + "%";
            String threshold = Math.round(copy.threshold() * 100) + "%";
            Location at = new Location(copy.section(), null, other.documentId(), null);
            Finding f = finding(context, at,
                    "第" + numeral(copy.section()) + "部分与" + agency + other.year() + "年度报告（文档" + shortId(other)
                            + "）第" + numeral(other.section()) + "部分内容雷同：本部分" + percent + "的表述见于该报告（阈值"
                            + threshold + "，模板固定表述除外）",
                    "Section " + copy.section() + " is a near-duplicate of section " + other.section() + " of "
                            + agencyEn + "'s " + other.year() + " report (document " + shortId(other) + "): " + percent
                            + " of its own wording is found there (threshold " + threshold
                            + ", the template's fixed wording aside)",
                    "< " + threshold, percent);
            findings.add(new Finding(f.findingId(), f.ruleId(), f.category(), f.severity(), f.messageZh(),
                    f.messageEn(), f.location(), f.expected(), f.actual(), f.cells(), other));
        }
        return findings;
    }

    private static String shortId(RelatedReport other) {
        return other.documentId().length() > 12 ? other.documentId().substring(0, 12) : other.documentId();
    }

    private static String numeral(Integer section) {
        return section == null || section < 1 || section > 6 ? String.valueOf(section)
                : "一二三四五六".substring(section - 1, section);
    }
}
