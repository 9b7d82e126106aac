package ogi.query.api;

import java.time.Instant;

/** Why a document was not audited: the stage that gave up ({@code ingest}, {@code parse}), its reason, and when. */
public record Failure(String stage, String reason, Instant at) {
}
