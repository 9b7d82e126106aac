package ogi.contracts;

import java.util.List;

/**
 * Kafka topic names. They are a public contract: other agencies consume them, so a name never changes once
 * published. Every record on every topic is keyed by the document id (SHA-256 of the raw bytes, lower-case hex).
 */
public final class Topics {
    public static final String RAW = "ogi.reports.raw";
    public static final String PARSED = "ogi.reports.parsed";
    public static final String AUDITED = "ogi.reports.audited";
    public static final String ALERTS = "ogi.audit.alerts";
    public static final String DEAD_LETTER = "ogi.reports.dead-letter";
    /** Reviewers' decisions on findings (confirmed or dismissed), keyed by document id like every topic. */
    public static final String REVIEWS = "ogi.audit.reviews";

    public static final List<String> ALL = List.of(RAW, PARSED, AUDITED, ALERTS, DEAD_LETTER,
            REVIEWS);

    /**
     * The largest record a topic takes ({@code max.message.bytes}, and the producers' {@code max.request.size} and
     * consumers' {@code max.partition.fetch.bytes}): a 10 MB document in base64 with its event.
     */
    public static final int MAX_MESSAGE_BYTES = 15 * 1024 * 1024;
    /** The partitions a topic is created with by the local stack and docker compose (Kubernetes sets its own). */
    public static final int PARTITIONS = 6;

    private Topics() {
    }
}
