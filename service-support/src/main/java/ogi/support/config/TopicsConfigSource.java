package ogi.support.config;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.spi.ConfigSource;

import ogi.contracts.Topics;

/**
 * The topic names of {@link Topics} as configuration, {@code ogi.topic.<last part of the name>} (e.g.
 * {@code ogi.topic.raw} = {@code ogi.reports.raw}, {@code ogi.topic.dead-letter}), so that the channels'
 * {@code mp.messaging.*.topic} settings, which must be text, refer to the one definition:
 * {@code mp.messaging.incoming.raw.topic=${ogi.topic.raw}}. Registered in
 * {@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource}; the lowest ordinal, so a
 * property or the environment could still name another topic.
 */
public class TopicsConfigSource implements ConfigSource {
    public static final String PREFIX = "ogi.topic.";

    private static final Map<String, String> PROPERTIES = Topics.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(TopicsConfigSource::property, Function.identity()));

    /** The property naming a topic: {@code ogi.topic.} and the topic's last dot-separated part. */
    public static String property(String topic) {
        return PREFIX + topic.substring(topic.lastIndexOf('.') + 1);
    }

    @Override
    public Map<String, String> getProperties() {
        return PROPERTIES;
    }

    @Override
    public Set<String> getPropertyNames() {
        return PROPERTIES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTIES.get(propertyName);
    }

    @Override
    public String getName() {
        return "ogi-topics";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}
