package ogi.contracts.event;

/** A record that cannot be read as the event its topic carries; the consumer sends it to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
