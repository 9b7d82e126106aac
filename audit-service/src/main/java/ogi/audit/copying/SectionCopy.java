package ogi.audit.copying;

import ogi.contracts.event.RelatedReport;

/**
 * A section of the audited report that is a near-duplicate of a section of another agency's report of the same year:
 * what PROSE-004 reports. {@code other.share} is the part of this section's own wording found in the other's;
 * {@code threshold} the share of either side that made it a copy.
 */
public record SectionCopy(int section, String heading, double threshold, RelatedReport other) {
}
