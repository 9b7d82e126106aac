package ogi.query.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.support.MongoWrites;
import ogi.support.messaging.ServiceStopping;
import ogi.contracts.event.DeadLetterHeaders;
import ogi.contracts.Topics;
import ogi.query.projection.PipelineEvent;
import ogi.query.projection.ReportProjector;
import ogi.query.store.BatchRepository;

/**
 * Marks documents that a stage rejected as failed, with the reason the dead-letter headers give. A dead letter
 * that names no document (a poison record without a valid key) is logged and skipped: it is already on the
 * dead-letter topic for operators, and there is no report to mark. A mark MongoDB refuses is logged and skipped
 * likewise (the dead letter stays on its topic); one that fails while the service stops is made after the restart
 * ({@link ServiceStopping}).
 */
@ApplicationScoped
public class DeadLetterConsumer {
    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);
    private static final Pattern DOCUMENT_ID = Pattern.compile("^[0-9a-f]{64}$");

    private final ReportProjector projector;
    private final MongoWrites writes;
    /** Batch progress (issue 17), its own collection and writer. */
    private final BatchRepository batches;
    private final ServiceStopping stopping;

    public DeadLetterConsumer(ReportProjector projector, MongoWrites writes, BatchRepository batches,
            ServiceStopping stopping) {
        this.batches = batches;
        this.stopping = stopping;
        this.projector = projector;
        this.writes = writes;
    }

    @Incoming("dead-letter")
    @Blocking(value = "store-workers", ordered = false)
    public void deadLetter(ConsumerRecord<String, DeadLetterValue> record) {
        try {
            markFailed(record);
        } catch (RuntimeException e) {
            stopping.throwIfStopping(List.of(record), e);
            LOG.errorf(e, "dead letter %s-%d@%d key %s: the document's failure not stored, skipped: %s",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
        }
    }

    private void markFailed(ConsumerRecord<String, DeadLetterValue> record) {
        String id = documentId(record);
        String reason = header(record, DeadLetterHeaders.REASON);
        String topic = header(record, DeadLetterHeaders.TOPIC);
        if (id == null) {
            LOG.warnf("dead letter from %s without a document id skipped: %s", topic, reason);
            return;
        }
        PipelineEvent.Failed failed = new PipelineEvent.Failed(id, stageOf(topic),
                reason == null ? "rejected without a reason" : reason, Instant.now());
        writes.store("document " + id + " failed", () -> projector.project(List.of(failed)));
        String batchId = record.value() != null && BatchRepository.isBatchId(record.value().batchId())
                ? record.value().batchId() : null;
        writes.store("batch entry of " + id, () -> batches.failed(batchId, id, stageOf(topic),
                reason == null ? "rejected without a reason" : reason));
        LOG.infof("document %s: marked failed (%s): %s", id, topic, reason);
    }

    /**
     * The record's key, else the top-level {@code documentId} of its value (streamed out of it by
     * {@link DeadLetterValueDeserializer}: a dead-lettered raw document's 14 MB of base64 are never decoded).
     */
    private static String documentId(ConsumerRecord<String, DeadLetterValue> record) {
        if (record.key() != null && DOCUMENT_ID.matcher(record.key()).matches()) {
            return record.key();
        }
        String id = record.value() == null ? null : record.value().documentId();
        return id != null && DOCUMENT_ID.matcher(id).matches() ? id : null;
    }

    private static String stageOf(String topic) {
        if (topic == null) {
            return "unknown";
        }
        return switch (topic) {
            case Topics.RAW -> "parse";
            case Topics.PARSED -> "audit";
            default -> "query";
        };
    }

    private static String header(ConsumerRecord<String, DeadLetterValue> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
