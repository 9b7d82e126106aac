package ogi.contracts.messaging;

import java.net.URI;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.EventTypes;

/**
 * Builds the Kafka message of an event: keyed by document id, JSON value, CloudEvents attributes (binary mode,
 * {@code ce_*} headers) with a deterministic {@code id} so a redelivered event can be recognised downstream.
 */
public final class OutgoingEvents {
    private OutgoingEvents() {
    }

    public static Message<String> message(String documentId, String eventId, String type, String service,
            Object event) {
        return Message.of(EventJson.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(documentId).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(eventId)
                        .withType(type)
                        .withSource(URI.create(EventTypes.SOURCE_PREFIX + service))
                        .withSubject(documentId)
                        .withDataContentType("application/json")
                        .build());
    }
}
