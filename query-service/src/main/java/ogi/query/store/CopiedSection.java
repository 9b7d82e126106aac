package ogi.query.store;

import java.util.List;

/**
 * One PROSE-004 finding as a report holds it: the report's section that is a near-duplicate of another agency's
 * report of the year ({@code other...}), and the share of the section's own wording found there.
 */
public record CopiedSection(String documentId, String agency, Integer year, int section, String otherDocumentId,
        String otherAgency, Integer otherSection, double share, List<String> sentences) {
}
