package ogi.query.api;

import java.time.Instant;
import java.util.List;

/** A reviewer's current decision on a finding ({@code confirmed}, {@code dismissed}) and every earlier one. */
public record Review(String documentId, String ruleId, String decision, String reason, String reviewer,
        Instant reviewedAt, List<Decision> history) {

    /** One decision as it was taken. */
    public record Decision(String decision, String reason, String reviewer, Instant reviewedAt) {
    }
}
