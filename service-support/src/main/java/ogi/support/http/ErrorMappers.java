package ogi.support.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The JAX-RS refusals of every service (unknown path, wrong method or media type, unreadable JSON ...) as an
 * {@link ErrorBody}; a service maps its own exceptions beside these.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (status >= 500) {
            LOG.errorf(e, "request failed with %d", status);
            return ErrorBody.response(status, ErrorBody.codeOf(status), "the request failed");
        }
        return ErrorBody.response(status, ErrorBody.codeOf(status), messageOf(e, status));
    }

    /** A role check on a resource method (@RolesAllowed) that failed: no key, or not the role. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(ErrorBody.response(401, "unauthorized",
                "a valid API key is needed (header X-API-Key)")).header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ErrorBody.response(403, "forbidden", "the API key does not grant the role this request needs");
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return ErrorBody.response(400, "malformed-json", "the body is not the JSON expected: "
                + e.getOriginalMessage());
    }

    private static String messageOf(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP " + status)) {
            return Response.Status.fromStatusCode(status) == null ? "refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        }
        return message;
    }
}
