package ogi.query.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The review of one finding ({@code GET /reviews}, {@code POST /reviews}): the finding's id and its review. */
public record FindingReview(String findingId, @JsonUnwrapped Review review) {
}
