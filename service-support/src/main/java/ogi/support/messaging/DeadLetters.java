package ogi.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import ogi.contracts.event.DeadLetterHeaders;

/**
 * Sends records a consumer rejected to {@code ogi.reports.dead-letter}, each alone, as the connector's
 * {@code failure-strategy=dead-letter-queue} would: the original key, value and headers, and the dead-letter headers
 * saying why and where from. The consumers take a poll at a time, and the connector dead-letters every record of a
 * poll it is told failed, so they reject the bad records themselves and store the rest. Each consumer makes its own
 * from its {@code rejected} emitter (not a bean here: services that reject nothing would carry an unconnected one).
 */
public class DeadLetters {
    private final MutinyEmitter<byte[]> rejected;

    public DeadLetters(MutinyEmitter<byte[]> rejected) {
        this.rejected = rejected;
    }

    /** A record and why it was rejected. */
    public record Rejected(ConsumerRecord<String, ?> record, Throwable reason) {
    }

    /** Sends them all and returns once the broker has every one (a failure is thrown, and nothing is acknowledged). */
    public void send(List<Rejected> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        List<Uni<Void>> sends = new ArrayList<>();
        for (Rejected r : rejects) {
            sends.add(rejected.sendMessage(message(r)));
        }
        Uni.join().all(sends).andFailFast().await().indefinitely();
    }

    static Message<byte[]> message(Rejected rejected) {
        ConsumerRecord<String, ?> record = rejected.record();
        Throwable reason = rejected.reason();
        RecordHeaders headers = new RecordHeaders();
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS, reason.getClass().getName());
        add(headers, DeadLetterHeaders.REASON, text(reason));
        if (reason.getCause() != null) {
            add(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            add(headers, DeadLetterHeaders.CAUSE, text(reason.getCause()));
        }
        add(headers, DeadLetterHeaders.TOPIC, record.topic());
        add(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        record.headers().forEach(headers::add);
        return Message.of(bytes(record.value())).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build());
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        return value == null ? new byte[0] : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
