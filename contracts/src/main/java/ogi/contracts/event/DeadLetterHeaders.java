package ogi.contracts.event;

/**
 * Headers on {@code ogi.reports.dead-letter}. The record keeps the original key (document id) and value; these
 * headers say why it was rejected and where it came from. The names are SmallRye Reactive Messaging's.
 */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";

    private DeadLetterHeaders() {
    }
}
