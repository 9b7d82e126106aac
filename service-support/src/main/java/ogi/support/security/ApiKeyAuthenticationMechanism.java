package ogi.support.security;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import ogi.support.http.RequestGuard;

/**
 * API-key authentication, run by Quarkus on the HTTP route before the request body is read (so a refused upload is
 * never buffered). The key comes in {@code X-API-Key} or {@code Authorization: Bearer <key>}; for GET requests the
 * dashboard's cookie {@code ogi_api_key} is also read, because a browser's EventSource cannot send headers (GET
 * only, so a cookie cannot be used to write), and only by the service that serves the dashboard
 * ({@code ogi.security.dashboard-cookie=true}): a browser sends a host's cookies to every port of it. No key: anonymous, which the path policies refuse with 401 where a
 * role is needed. An unknown key: 401.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-API-Key";
    public static final String COOKIE = "ogi_api_key";

    private final ApiKeys keys;
    private final boolean dashboardCookie;

    public ApiKeyAuthenticationMechanism(ApiKeys keys, SecurityConfig config) {
        this.keys = keys;
        this.dashboardCookie = config.dashboardCookie();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!keys.enabled()) {
            return Uni.createFrom().item(identity("development", ApiKeys.ALL_ROLES));
        }
        Optional<String> key = key(context, dashboardCookie);
        if (key.isEmpty()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return keys.grant(key.get())
                .map(grant -> Uni.createFrom().item(identity(grant.name(), grant.roles())))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("unknown API key")));
    }

    private static Optional<String> key(RoutingContext context, boolean dashboardCookie) {
        String header = context.request().getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        if (dashboardCookie && context.request().method() == HttpMethod.GET) {
            Cookie cookie = context.request().getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static SecurityIdentity identity(String name, Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRoles(roles).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), "WWW-Authenticate",
                "ApiKey header=\"" + HEADER + "\""));
    }

    /** The 401 with the services' JSON error body rather than an empty one. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().headWritten()) {
            context.response().putHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            RequestGuard.end(context, HttpResponseStatus.UNAUTHORIZED.code(), "unauthorized",
                    "a valid API key is needed (header " + HEADER + ")");
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Collections.emptySet();
    }
}
