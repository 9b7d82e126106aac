package ogi.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import ogi.audit.config.AuditConfig;
import ogi.contracts.Topics;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the real audit service's configuration as it resolves. The shared settings come from
 * service-support's META-INF/microprofile-config.properties, the topic names from contracts' Topics.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class SharedConfigTest {
    @Inject
    Config config;

    @Inject
    AuditConfig audit;

    @Test
    void theChannelsTopicsAreTheContractsTopics() {
        assertEquals(Topics.PARSED, config.getValue("mp.messaging.incoming.parsed.topic", String.class));
        assertEquals(Topics.DEAD_LETTER, config.getValue("mp.messaging.outgoing.rejected.topic", String.class));
        assertEquals(Topics.AUDITED, config.getValue("mp.messaging.outgoing.audited.topic", String.class));
        assertEquals(Topics.ALERTS, config.getValue("mp.messaging.outgoing.alerts.topic", String.class));
        assertEquals(Topics.REVIEWS, config.getValue("mp.messaging.incoming.reviews.topic", String.class));
    }

    @Test
    void theSharedSettingsReachTheServiceAndItsOwnKeysAreTyped() {
        assertEquals("all", config.getValue("kafka.acks", String.class), "from service-support's shared file");
        assertEquals("0", config.getValue("kafka.linger.ms", String.class), "from service-support's shared file");
        assertEquals("audit-service", config.getValue("quarkus.application.name", String.class));
        assertEquals(0.8, audit.proseReuse().threshold(), "PROSE-003's default threshold");
    }
}
