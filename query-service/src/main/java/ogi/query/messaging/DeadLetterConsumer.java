package ogi.query.messaging;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.reactive.messaging.annotations.Blocking;
import ogi.support.MongoWrites;
import ogi.contracts.event.DeadLetterHeaders;
import ogi.contracts.event.EventJson;
import ogi.query.report.ReportRepository;

/**
 * Marks documents that a stage rejected as failed, with the reason the dead-letter headers give. A dead letter
 * that names no document (a poison record without a valid key) is logged and skipped: it is already on the
 * dead-letter topic for operators, and there is no report to mark.
 */
@ApplicationScoped
public class DeadLetterConsumer {
    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);
    private static final Pattern DOCUMENT_ID = Pattern.compile("^[0-9a-f]{64}$");

    private final ReportRepository repository;
    private final MongoWrites writes;

    public DeadLetterConsumer(ReportRepository repository, MongoWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    @Incoming("dead-letter")
    @Blocking(value = "store-workers", ordered = false)
    public void deadLetter(ConsumerRecord<String, String> record) {
        String id = documentId(record);
        String reason = header(record, DeadLetterHeaders.REASON);
        String topic = header(record, DeadLetterHeaders.TOPIC);
        if (id == null) {
            LOG.warnf("dead letter from %s without a document id skipped: %s", topic, reason);
            return;
        }
        writes.store("document " + id + " failed", () -> repository.failed(id, stageOf(topic),
                reason == null ? "rejected without a reason" : reason));
        LOG.infof("document %s: marked failed (%s): %s", id, topic, reason);
    }

    private static String documentId(ConsumerRecord<String, String> record) {
        if (record.key() != null && DOCUMENT_ID.matcher(record.key()).matches()) {
            return record.key();
        }
        try {
            JsonNode node = EventJson.mapper().readTree(record.value() == null ? "" : record.value());
            JsonNode id = node == null ? null : node.get("documentId");
            return id != null && id.isTextual() && DOCUMENT_ID.matcher(id.asText()).matches() ? id.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String stageOf(String topic) {
        if (topic == null) {
            return "unknown";
        }
        return switch (topic) {
            case ogi.contracts.Topics.RAW -> "parse";
            case ogi.contracts.Topics.PARSED -> "audit";
            default -> "query";
        };
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
