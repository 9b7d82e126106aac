package ogi.query.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals as JSON. */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return ApiError.response(400, "bad-request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e) {
        return ApiError.response(404, "not-found", e.getMessage());
    }
}
