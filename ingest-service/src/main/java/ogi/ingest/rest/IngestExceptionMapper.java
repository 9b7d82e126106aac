package ogi.ingest.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ogi.ingest.document.IngestException;
import ogi.support.http.ErrorBody;

/** Maps refusals to 4xx answers with the services' JSON error body. */
public class IngestExceptionMapper {

    @ServerExceptionMapper
    public Response map(IngestException e) {
        if (e.status() == 503) {
            return Response.fromResponse(new ErrorBody(e.status(), e.code(), e.getMessage(), e.fileName()).response())
                    .header("Retry-After", "5").build();
        }
        return new ErrorBody(e.status(), e.code(), e.getMessage(), e.fileName()).response();
    }
}
