package ogi.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * The API keys a service accepts and the roles each grants: {@code ogi.security.api-keys} (environment
 * {@code OGI_SECURITY_API_KEYS}), a comma-separated list of {@code [name@]key:role+role}, e.g.
 * {@code zhang.wei@9f2c…:read+write,77aa…:read}. Roles: {@code read} (query and dashboard), {@code write} (ingest,
 * re-audit, reviews). The name, when given, is who the key's holder is in what they record (a review's reviewer);
 * without one it is {@code api-key-} and the first 8 hex digits of the key's SHA-256.
 * With {@code ogi.security.enabled=false} every request has both roles (development only).
 */
@ApplicationScoped
public class ApiKeys {
    public static final Set<String> ALL_ROLES = Set.of("read", "write");
    private static final int MIN_KEY_LENGTH = 16;

    private final boolean enabled;
    /** What a key grants: who holds it and its roles. */
    public record Grant(String name, Set<String> roles) {
    }

    private final Map<String, Grant> grantsByKey;

    public ApiKeys(SecurityConfig config) {
        this.enabled = config.enabled();
        this.grantsByKey = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(ApiKeys::entry).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map.Entry<String, Grant> entry(String text) {
        int colon = text.lastIndexOf(':');
        int at = text.indexOf('@');
        String name = at > 0 && at < colon ? text.substring(0, at).strip() : null;
        String keyAndRoles = name == null ? text : text.substring(at + 1);
        colon = keyAndRoles.lastIndexOf(':');
        if (colon < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("ogi.security.api-keys: each entry is key:role+role with a key of at "
                    + "least " + MIN_KEY_LENGTH + " characters");
        }
        Set<String> roles = Arrays.stream(keyAndRoles.substring(colon + 1).split("\\+")).map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
        if (!ALL_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("ogi.security.api-keys: roles are read and write, got " + roles);
        }
        String key = keyAndRoles.substring(0, colon);
        return Map.entry(key, new Grant(name == null ? anonymousName(key) : name, roles));
    }

    private static String anonymousName(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "api-key-" + HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** What a key grants, compared in constant time; empty when the key is unknown. */
    public Optional<Grant> grant(String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        Grant found = null;
        for (var e : grantsByKey.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
