package ogi.support.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys a service accepts and the roles each grants: {@code ogi.security.api-keys} (environment
 * {@code OGI_SECURITY_API_KEYS}), a comma-separated list of {@code key:role+role}, e.g.
 * {@code 9f2c…:read+write,77aa…:read}. Roles: {@code read} (query and dashboard), {@code write} (ingest, re-audit).
 * With {@code ogi.security.enabled=false} every request has both roles (development only).
 */
@ApplicationScoped
public class ApiKeys {
    public static final Set<String> ALL_ROLES = Set.of("read", "write");
    private static final int MIN_KEY_LENGTH = 16;

    private final boolean enabled;
    private final Map<String, Set<String>> rolesByKey;

    public ApiKeys(@ConfigProperty(name = "ogi.security.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ogi.security.api-keys") Optional<List<String>> keys) {
        this.enabled = enabled;
        this.rolesByKey = keys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(ApiKeys::entry).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map.Entry<String, Set<String>> entry(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("ogi.security.api-keys: each entry is key:role+role with a key of at "
                    + "least " + MIN_KEY_LENGTH + " characters");
        }
        Set<String> roles = Arrays.stream(text.substring(colon + 1).split("\\+")).map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
        if (!ALL_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("ogi.security.api-keys: roles are read and write, got " + roles);
        }
        return Map.entry(text.substring(0, colon), roles);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The roles of a key, compared in constant time; empty when the key is unknown. */
    public Optional<Set<String>> roles(String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        Set<String> found = null;
        for (var e : rolesByKey.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
