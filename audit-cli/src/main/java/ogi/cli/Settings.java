package ogi.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * A setting as the services read theirs, without MicroProfile Config (whose start-up would double the command's):
 * the system property ({@code -Daudit.prose-reuse.threshold=0.9}) or else the environment variable named as
 * MicroProfile Config names it ({@code AUDIT_PROSE_REUSE_THRESHOLD}).
 */
final class Settings {
    private Settings() {
    }

    static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(environmentName(key));
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
