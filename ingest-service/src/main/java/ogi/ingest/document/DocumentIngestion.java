package ogi.ingest.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.messaging.OutgoingEvents;
import ogi.ingest.config.IngestConfig;
import ogi.support.logging.ProgressLog;
import ogi.support.tracing.RecordTracing;

/**
 * Validates uploads, gives each its id (SHA-256 of the bytes) and publishes it on {@code ogi.reports.raw}. All the
 * files of a request are validated before any is published, so a refused request publishes nothing. One document's
 * bytes are in memory at a time per request, within the service-wide {@link IngestBudget}. Bytes already
 * published are answered with the same id and not published again. The answer is given only after the broker
 * acknowledged the record.
 */
@ApplicationScoped
public class DocumentIngestion {
    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class);
    private static final ProgressLog PROGRESS = new ProgressLog(LOG, "documents ingested");

    private final IngestConfig config;
    private final IngestedDocumentRepository repository;
    private final MutinyEmitter<String> raw;
    private final MeterRegistry metrics;
    private final IngestBudget budget;

    public DocumentIngestion(IngestConfig config, IngestedDocumentRepository repository,
            @Channel("raw") MutinyEmitter<String> raw, MeterRegistry metrics, IngestBudget budget) {
        this.budget = budget;
        this.config = config;
        this.repository = repository;
        this.raw = raw;
        this.metrics = metrics;
    }

    public IngestAnswer ingest(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw reject(400, "no-document", "the request holds no document", null);
        }
        Set<Upload> archives = Collections.newSetFromMap(new IdentityHashMap<>());
        uploads.stream().filter(ReportArchive::isArchive).forEach(archives::add);
        if (!archives.isEmpty()) {
            return ingestEach(uploads, archives);
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            checked.add(check(upload));
        }
        Batch batch = uploads.size() > 1 ? Batch.of(checked, this::known) : Batch.NONE;
        List<AcceptedDocument> accepted = new ArrayList<>();
        for (Checked document : checked) {
            accepted.add(publish(document, batch));
        }
        return batch.answer(accepted);
    }

    /** A document that passed the checks: what it is, without its bytes (read again when published). */
    record Checked(Upload upload, String documentId, DocumentFormat format, long sizeBytes) {
    }

    /**
     * An upload with ZIP archives of reports: every file on its own, archives expanded, each with its own result
     * (accepted, duplicate or refused with the reason). An archive refused as a whole (a zip bomb) refuses the
     * request before anything is published. Every file is checked before any is published, so that the batch
     * knows how many documents it will publish.
     */
    private IngestAnswer ingestEach(List<Upload> uploads, Set<Upload> archiveUploads) {
        List<ReportArchive> archives = new ArrayList<>();
        try {
            List<ReportArchive.Entry> files = new ArrayList<>();
            for (Upload upload : uploads) {
                if (archiveUploads.contains(upload)) {
                    ReportArchive archive = ReportArchive.open(upload, config);
                    archives.add(archive);
                    try {
                        files.addAll(archive.survey());
                    } catch (IngestException e) {
                        throw reject(e.status(), e.code(), e.getMessage(), upload.fileName());
                    }
                } else {
                    files.add(new ReportArchive.Entry(upload.fileName(), upload, null));
                }
            }
            List<Object> checkedOrRefused = new ArrayList<>();
            for (ReportArchive.Entry file : files) {
                checkedOrRefused.add(checkOne(file));
            }
            Batch batch = Batch.of(checkedOrRefused.stream().filter(Checked.class::isInstance)
                    .map(Checked.class::cast).toList(), this::known);
            List<AcceptedDocument> results = new ArrayList<>();
            for (Object file : checkedOrRefused) {
                results.add(file instanceof Checked c ? publish(c, batch) : (AcceptedDocument) file);
            }
            LOG.infof("upload with archives: %d files, %d refused, batch %s", results.size(),
                    results.stream().filter(r -> r.status().equals("refused")).count(), batch.id());
            return batch.answer(results);
        } finally {
            archives.forEach(ReportArchive::close);
        }
    }

    /** The file checked, or its refusal as the answer for it. */
    private Object checkOne(ReportArchive.Entry file) {
        if (file.refusal() != null) {
            metrics.counter("ingest.documents", "outcome", "rejected").increment();
            LOG.infof("file %s of an archive refused: %s", file.name(), file.refusal().getMessage());
            return AcceptedDocument.refused(file.name(), file.refusal());
        }
        try {
            return check(file.upload());
        } catch (IngestException e) {
            if (e.status() == 503) {
                throw e;
            }
            return AcceptedDocument.refused(file.name(), e);
        }
    }

    private Checked check(Upload upload) {
        try (IngestBudget.Hold hold = budget.hold(upload.content().size(), upload.fileName())) {
            byte[] bytes = upload.content().read(config.maxDocumentBytes());
            if (bytes == null || bytes.length == 0) {
                throw reject(400, "empty-document", "the document is empty", upload.fileName());
            }
            if (bytes.length > config.maxDocumentBytes()) {
                throw reject(413, "document-too-large", "the document has more than the "
                        + config.maxDocumentBytes() + " bytes accepted", upload.fileName());
            }
            DocumentFormat format;
            try {
                format = DocumentTypeDetector.detect(bytes, upload.contentType(), upload.fileName());
            } catch (IngestException e) {
                throw reject(e.status(), e.code(), e.getMessage(), upload.fileName());
            }
            return new Checked(upload, sha256(bytes), format, bytes.length);
        }
    }

    private AcceptedDocument publish(Checked document, Batch batch) {
        Upload upload = document.upload();
        String id = document.documentId();
        if (known(id, upload.fileName())) {
            metrics.counter("ingest.documents", "outcome", "duplicate").increment();
            PROGRESS.count("duplicate");
            LOG.debugf("document %s (%s): already ingested, not published again", id, upload.fileName());
            return answer(id, upload.fileName(), document.format(), document.sizeBytes(), "duplicate");
        }
        RawDocumentEvent event;
        try (IngestBudget.Hold hold = budget.hold(document.sizeBytes(), upload.fileName())) {
            event = new RawDocumentEvent(EventTypes.SCHEMA_VERSION, id, upload.fileName(), upload.contentType(),
                    document.format(), document.sizeBytes(), Instant.now(), upload.sourceUrl(),
                    upload.content().read(config.maxDocumentBytes()), batch.id(), batch.size());
            send(event);
        }
        try {
            repository.record(event);
        } catch (MongoException e) {
            // published already: downstream has it; a repost is recognised downstream by its id
            LOG.warnf("document %s: published, but not recorded as ingested (MongoDB: %s)", id, e.toString());
        }
        metrics.counter("ingest.documents", "outcome", "accepted").increment();
        PROGRESS.count("accepted");
        LOG.debugf("document %s (%s, %s, %d bytes): published to the raw topic, trace %s", id, event.fileName(),
                event.format(), event.sizeBytes(), RecordTracing.currentTraceId());
        return answer(id, event.fileName(), event.format(), event.sizeBytes(), "accepted");
    }

    private void send(RawDocumentEvent event) {
        String id = event.documentId();
        try {
            raw.sendMessageAndAwait(OutgoingEvents.message(id, id + ":raw", EventTypes.RAW_DOCUMENT, "ingest-service",
                    event));
        } catch (RuntimeException e) {
            LOG.errorf("document %s (%s): the broker did not take it: %s", id, event.fileName(), e.toString());
            throw new IngestException(503, "broker-unavailable", "the document could not be handed to Kafka ("
                    + e.getClass().getSimpleName() + "); nothing was stored, post it again", event.fileName());
        }
    }

    boolean known(String id, String fileName) {
        try {
            return repository.exists(id);
        } catch (MongoException e) {
            throw new IngestException(503, "storage-unavailable", "the ingest service cannot reach MongoDB ("
                    + e.getClass().getSimpleName() + "); nothing was published, post it again", fileName);
        }
    }

    private AcceptedDocument answer(String id, String fileName, DocumentFormat format, long size, String status) {
        return new AcceptedDocument(id, fileName, format, size, status,
                config.queryBaseUrl().replaceAll("/+$", "") + "/reports/" + id, RecordTracing.currentTraceId());
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
