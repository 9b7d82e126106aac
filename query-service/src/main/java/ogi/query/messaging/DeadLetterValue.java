package ogi.query.messaging;

/**
 * What query-service needs of a dead letter's value ({@link DeadLetterValueDeserializer}): the top-level
 * {@code documentId} and {@code batchId} of the rejected event, each null when it has none (or is not an event).
 */
public record DeadLetterValue(String documentId, String batchId) {
    static final DeadLetterValue NONE = new DeadLetterValue(null, null);
}
