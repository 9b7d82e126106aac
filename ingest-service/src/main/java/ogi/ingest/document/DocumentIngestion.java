package ogi.ingest.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.messaging.OutgoingEvents;
import ogi.ingest.config.IngestConfig;
import ogi.support.tracing.RecordTracing;

/**
 * Validates uploads, gives each its id (SHA-256 of the bytes) and publishes it on {@code ogi.reports.raw}. All the
 * files of a request are validated before any is published, so a refused request publishes nothing. Bytes already
 * published are answered with the same id and not published again. The answer is given only after the broker
 * acknowledged the record.
 */
@ApplicationScoped
public class DocumentIngestion {
    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class);

    private final IngestConfig config;
    private final IngestedDocumentRepository repository;
    private final MutinyEmitter<String> raw;
    private final MeterRegistry metrics;

    public DocumentIngestion(IngestConfig config, IngestedDocumentRepository repository,
            @Channel("raw") MutinyEmitter<String> raw, MeterRegistry metrics) {
        this.config = config;
        this.repository = repository;
        this.raw = raw;
        this.metrics = metrics;
    }

    public List<AcceptedDocument> ingest(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw reject(400, "no-document", "the request holds no document", null);
        }
        if (uploads.stream().anyMatch(u -> ReportArchive.isArchive(u.content()))) {
            return ingestEach(uploads);
        }
        List<RawDocumentEvent> events = new ArrayList<>();
        for (Upload upload : uploads) {
            events.add(validate(upload));
        }
        List<AcceptedDocument> accepted = new ArrayList<>();
        for (RawDocumentEvent event : events) {
            accepted.add(publish(event));
        }
        return accepted;
    }

    /**
     * An upload with ZIP archives of reports: every file on its own, archives expanded, each with its own result
     * (accepted, duplicate or refused with the reason). An archive refused as a whole (a zip bomb) refuses the
     * request before anything is published.
     */
    private List<AcceptedDocument> ingestEach(List<Upload> uploads) {
        List<ReportArchive.Entry> files = new ArrayList<>();
        for (Upload upload : uploads) {
            if (ReportArchive.isArchive(upload.content())) {
                try {
                    files.addAll(ReportArchive.expand(upload.content(), upload.fileName(), config));
                } catch (IngestException e) {
                    throw reject(e.status(), e.code(), e.getMessage(), upload.fileName());
                }
            } else {
                files.add(new ReportArchive.Entry(upload.fileName(), upload, null));
            }
        }
        List<AcceptedDocument> results = new ArrayList<>();
        for (ReportArchive.Entry file : files) {
            if (file.refusal() != null) {
                metrics.counter("ingest.documents", "outcome", "rejected").increment();
                LOG.infof("file %s of an archive refused: %s", file.name(), file.refusal().getMessage());
                results.add(AcceptedDocument.refused(file.name(), file.refusal()));
                continue;
            }
            RawDocumentEvent event;
            try {
                event = validate(file.upload());
            } catch (IngestException e) {
                results.add(AcceptedDocument.refused(file.name(), e));
                continue;
            }
            results.add(publish(event));
        }
        LOG.infof("upload with archives: %d files, %d refused", results.size(),
                results.stream().filter(r -> r.status().equals("refused")).count());
        return results;
    }

    private RawDocumentEvent validate(Upload upload) {
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            throw reject(400, "empty-document", "the document is empty", upload.fileName());
        }
        if (bytes.length > config.maxDocumentBytes()) {
            throw reject(413, "document-too-large", "the document has " + bytes.length + " bytes, more than the "
                    + config.maxDocumentBytes() + " accepted", upload.fileName());
        }
        DocumentFormat format;
        try {
            format = DocumentTypeDetector.detect(bytes, upload.contentType(), upload.fileName());
        } catch (IngestException e) {
            metrics.counter("ingest.documents", "outcome", "rejected").increment();
            LOG.infof("upload %s refused: %s", upload.fileName(), e.getMessage());
            throw e;
        }
        return new RawDocumentEvent(EventTypes.SCHEMA_VERSION, sha256(bytes), upload.fileName(),
                upload.contentType(), format, bytes.length, Instant.now(), upload.sourceUrl(), bytes);
    }

    private AcceptedDocument publish(RawDocumentEvent event) {
        String id = event.documentId();
        if (known(id, event.fileName())) {
            metrics.counter("ingest.documents", "outcome", "duplicate").increment();
            LOG.infof("document %s (%s): already ingested, not published again", id, event.fileName());
            return answer(event, "duplicate");
        }
        try {
            raw.sendMessageAndAwait(OutgoingEvents.message(id, id + ":raw", EventTypes.RAW_DOCUMENT, "ingest-service",
                    event));
        } catch (RuntimeException e) {
            LOG.errorf("document %s (%s): the broker did not take it: %s", id, event.fileName(), e.toString());
            throw new IngestException(503, "broker-unavailable", "the document could not be handed to Kafka ("
                    + e.getClass().getSimpleName() + "); nothing was stored, post it again", event.fileName());
        }
        try {
            repository.record(event);
        } catch (com.mongodb.MongoException e) {
            // published already: downstream has it; a repost is recognised downstream by its id
            LOG.warnf("document %s: published, but not recorded as ingested (MongoDB: %s)", id, e.toString());
        }
        metrics.counter("ingest.documents", "outcome", "accepted").increment();
        LOG.infof("document %s (%s, %s, %d bytes): published to the raw topic, trace %s", id, event.fileName(),
                event.format(), event.sizeBytes(), RecordTracing.currentTraceId());
        return answer(event, "accepted");
    }

    private boolean known(String id, String fileName) {
        try {
            return repository.exists(id);
        } catch (com.mongodb.MongoException e) {
            throw new IngestException(503, "storage-unavailable", "the ingest service cannot reach MongoDB ("
                    + e.getClass().getSimpleName() + "); nothing was published, post it again", fileName);
        }
    }

    private AcceptedDocument answer(RawDocumentEvent event, String status) {
        return new AcceptedDocument(event.documentId(), event.fileName(), event.format(), event.sizeBytes(), status,
                config.queryBaseUrl().replaceAll("/+$", "") + "/reports/" + event.documentId(),
                RecordTracing.currentTraceId());
    }

    private IngestException reject(int status, String code, String message, String fileName) {
        metrics.counter("ingest.documents", "outcome", "rejected").increment();
        LOG.infof("upload %s refused: %s", fileName, message);
        return new IngestException(status, code, message, fileName);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
