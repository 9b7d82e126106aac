package ogi.query.rest;

/** A query parameter the API refuses; answered with 400 and a JSON body. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
