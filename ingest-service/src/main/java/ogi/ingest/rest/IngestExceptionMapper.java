package ogi.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ogi.ingest.document.IngestException;

/** Maps refusals to 4xx answers with a JSON body. */
public class IngestExceptionMapper {

    @ServerExceptionMapper
    public Response map(IngestException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorResponse(e.status(), e.code(), e.getMessage(), e.fileName())).build();
    }
}
