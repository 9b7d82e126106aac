package ogi.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Locale;

import io.smallrye.config.WithDefault;
import ogi.ingest.config.IngestConfig;

/**
 * The ingest service's settings ({@link IngestConfig}: document size, ZIP limits) outside Quarkus: each value from
 * the setting as the service would read it ({@code -Dingest.max-document-bytes=...} or
 * {@code INGEST_MAX_DOCUMENT_BYTES}), else the interface's own {@code @WithDefault}, so the limits are the service's,
 * not a copy of them.
 */
final class IngestLimits {
    private IngestLimits() {
    }

    static IngestConfig config() {
        return (IngestConfig) Proxy.newProxyInstance(IngestConfig.class.getClassLoader(),
                new Class<?>[] {IngestConfig.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "IngestConfig (offline)";
                        };
                    }
                    return value(method);
                });
    }

    private static Object value(Method method) {
        String key = "ingest." + kebab(method.getName());
        WithDefault fallback = method.getAnnotation(WithDefault.class);
        String text = Settings.get(key).orElseGet(() -> fallback == null ? null : fallback.value());
        if (text == null) {
            throw new IllegalStateException(key + " has no value and no default");
        }
        Class<?> type = method.getReturnType();
        try {
            if (type == long.class) {
                return Long.parseLong(text);
            } else if (type == int.class) {
                return Integer.parseInt(text);
            } else if (type == boolean.class) {
                return Boolean.parseBoolean(text);
            } else if (type == Duration.class) {
                return Duration.parse(text);
            } else if (type == String.class) {
                return text;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not a " + type.getSimpleName(), e);
        }
        throw new IllegalStateException(key + ": unsupported type " + type);
    }

    /** {@code zipMaxExpandedBytes} → {@code zip-max-expanded-bytes}, as SmallRye Config maps method names. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
