package ogi.ingest.rest;

/** The JSON body of every refused request. */
public record ErrorResponse(int status, String error, String message, String fileName) {
}
