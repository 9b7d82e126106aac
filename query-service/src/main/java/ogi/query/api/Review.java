package ogi.query.api;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

/** A reviewer's current decision on a finding ({@code confirmed}, {@code dismissed}) and every earlier one. */
public record Review(String documentId, String ruleId, String decision, String reason, String reviewer,
        Instant reviewedAt, List<Decision> history) {

    /** One decision as it was taken. */
    public record Decision(String decision, String reason, String reviewer, Instant reviewedAt) {
        static Decision from(Document doc) {
            return new Decision(Stored.text(doc, "decision"), Stored.text(doc, "reason"),
                    Stored.text(doc, "reviewer"), Stored.instant(doc, "reviewedAt"));
        }
    }

    /** The one place a stored review becomes its answered shape; null stays null (not reviewed). */
    public static Review from(Document doc) {
        if (doc == null) {
            return null;
        }
        return new Review(Stored.text(doc, "documentId"), Stored.text(doc, "ruleId"), Stored.text(doc, "decision"),
                Stored.text(doc, "reason"), Stored.text(doc, "reviewer"), Stored.instant(doc, "reviewedAt"),
                doc.containsKey("history") ? Stored.documents(doc, "history").stream().map(Decision::from).toList()
                        : null);
    }
}
