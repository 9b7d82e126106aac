package ogi.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ingest settings ({@code ingest.*}, or the environment: {@code INGEST_MAX_DOCUMENT_BYTES}, ...). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest document accepted, in bytes. */
    @WithDefault("10485760")
    long maxDocumentBytes();

    /** Base URL of the query service, used in the answer to say where a report will be shown. */
    @WithDefault("http://localhost:8084")
    String queryBaseUrl();

    /** Ingest by URL: whether private, loopback and link-local addresses may be fetched (off: SSRF protection). */
    @WithDefault("false")
    boolean urlAllowPrivate();

    /** Ingest by URL: time allowed to connect, and most time without a byte from the other server. */
    @WithDefault("PT20S")
    Duration urlTimeout();

    /** A ZIP of reports: most files it may hold. */
    @WithDefault("500")
    int zipMaxEntries();

    /** A ZIP of reports: most bytes all its files may hold once expanded (beyond it: a zip bomb). */
    @WithDefault("209715200")
    long zipMaxExpandedBytes();

    /** A ZIP of reports: highest ratio of a file's expanded to compressed size (beyond it: a zip bomb). */
    @WithDefault("200")
    int zipMaxRatio();

    /**
     * Document bytes worked on at once over all requests (publishing holds about five times a document's size for
     * a moment); a document that finds no room within {@link #busyTimeout()} is answered 503 with Retry-After.
     */
    @WithDefault("12582912")
    long maxBytesInFlight();

    /** How long a document waits for room in {@link #maxBytesInFlight()} before the request is answered 503. */
    @WithDefault("PT0.5S")
    Duration busyTimeout();

    /**
     * Uploads worked on at once; one more is answered 503 busy at once (an overloaded service answers every upload
     * within a second, accepted or busy, rather than queueing it past the client's time-out).
     */
    @WithDefault("32")
    int maxUploadsInFlight();

    /** The Retry-After of a busy answer. */
    @WithDefault("PT1S")
    java.time.Duration busyRetryAfter();

    /** Ingest by URL: one deadline for the whole fetch, redirects, headers and body (a trickling body included). */
    @WithDefault("PT30S")
    Duration urlTotalTimeout();

    /** MongoDB database holding the ingest service's own collection. */
    @WithDefault("ogi")
    String database();
}
