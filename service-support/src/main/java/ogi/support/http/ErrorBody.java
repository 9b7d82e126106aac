package ogi.support.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every refused request in every service: the HTTP status, a stable error code for programs
 * ({@code document-too-large}, {@code unauthorized} ...), a message for people and, for uploads, the file it is
 * about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String message, String fileName) {

    public ErrorBody(int status, String error, String message) {
        this(status, error, message, null);
    }

    public Response response() {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(this).build();
    }

    public static Response response(int status, String error, String message) {
        return new ErrorBody(status, error, message).response();
    }

    /** The stable code of a status that has no more precise one. */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "refused";
        };
    }
}
