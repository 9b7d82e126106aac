package ogi.contracts.event;

import java.util.List;

/**
 * The other report a finding compares this one with (added within schema version 1, absent on findings that name
 * none): PROSE-004, a section near-duplicate of another agency's report of the same year. {@code share} is the part
 * of this report's section (its own wording, the template's fixed wording left out) found in the other report's
 * section, 0 to 1; {@code section} is the other report's section number; {@code sentences} are this report's
 * sentences the finding rests on (at most a few, each cut to 120 characters).
 */
public record RelatedReport(String documentId, String agency, Integer year, Integer section, double share,
        List<String> sentences) {

    public RelatedReport {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }
}
