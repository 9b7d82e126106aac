package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ogi.query.api.FindingReview;
import ogi.query.review.FindingReviews;
import ogi.query.store.ReviewRepository;

/**
 * {@code /reviews}: reviewers confirm or dismiss findings. The finding is named in the body or the query (its id
 * holds slashes: document, rule, location).
 */
@RolesAllowed("read")
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewResource {
    private final ReviewRepository reviews;
    private final FindingReviews reviewing;

    public ReviewResource(ReviewRepository reviews, FindingReviews reviewing) {
        this.reviews = reviews;
        this.reviewing = reviewing;
    }

    /** {@code {"findingId": "...", "decision": "confirmed"|"dismissed", "reason": "..."}}. */
    public record ReviewRequest(String findingId, String decision, String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("write")
    @Operation(summary = "Confirm or dismiss a finding (a dismissal needs a reason); stored with who and when, kept "
            + "across re-audits, published on ogi.audit.reviews; a dismissed finding raises no more alerts")
    public FindingReview review(ReviewRequest request, @Context SecurityContext security) {
        if (request == null || request.findingId() == null || request.findingId().isBlank()) {
            throw new BadRequestException("the body must be JSON: {\"findingId\": \"...\", \"decision\": "
                    + "\"confirmed\"|\"dismissed\", \"reason\": \"...\"}");
        }
        String reviewer = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        return new FindingReview(request.findingId().strip(), reviewing.review(request.findingId().strip(),
                request.decision(), request.reason(), reviewer));
    }

    @GET
    @Operation(summary = "The review of a finding: decision, reason, reviewer, time and earlier decisions")
    public FindingReview reviewOf(@QueryParam("findingId") String findingId) {
        if (findingId == null || findingId.isBlank()) {
            throw new BadRequestException("findingId is required");
        }
        return new FindingReview(findingId.strip(), reviews.find(findingId.strip())
                .orElseThrow(() -> new NotFoundException("finding " + findingId + " has not been reviewed")));
    }
}
