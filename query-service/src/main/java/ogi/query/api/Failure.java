package ogi.query.api;

import java.time.Instant;

import org.bson.Document;

/** Why a document was not audited: the stage that gave up ({@code ingest}, {@code parse}), its reason, and when. */
public record Failure(String stage, String reason, Instant at) {

    static Failure from(Document doc) {
        return doc == null ? null
                : new Failure(Stored.text(doc, "stage"), Stored.text(doc, "reason"), Stored.instant(doc, "at"));
    }
}
