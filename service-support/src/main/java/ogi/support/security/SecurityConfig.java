package ogi.support.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** API-key security of every service ({@code ogi.security.*}, or the environment: {@code OGI_SECURITY_API_KEYS}). */
@ConfigMapping(prefix = "ogi.security")
public interface SecurityConfig {
    /** False lets every request in with both roles (development only). */
    @WithDefault("true")
    boolean enabled();

    /** The accepted keys, {@code [name@]key:role+role} each (see {@link ApiKeys}). */
    Optional<List<String>> apiKeys();

    /** Whether the dashboard's cookie is read (only the service serving the dashboard). */
    @WithDefault("false")
    boolean dashboardCookie();
}
