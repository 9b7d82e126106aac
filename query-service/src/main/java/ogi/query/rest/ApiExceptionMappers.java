package ogi.query.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import ogi.query.review.FindingReviews.ReviewRefused;
import ogi.support.http.ErrorBody;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals as JSON. */
public class ApiExceptionMappers {

    /** The JAX-RS exception, with the message saying which parameter is wrong and why. */
    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return ErrorBody.response(400, "bad-request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response reviewRefused(ReviewRefused e) {
        String error = switch (e.status()) {
            case 404 -> "not-found";
            case 503 -> "broker-unavailable";
            default -> "bad-request";
        };
        return ErrorBody.response(e.status(), error, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ErrorBody.response(404, "not-found", e.getMessage());
    }
}
