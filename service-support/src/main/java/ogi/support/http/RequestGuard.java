package ogi.support.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What every service checks on every request before anything else, and how refusals that never reach a resource
 * are answered:
 * <ul>
 * <li>a path holding {@code ;} or {@code %3B} (matrix parameters) gets 400: the security policies and the router
 * have disagreed on such paths before (a {@code ;x} skipped every key check), and no endpoint of ours takes
 * them;</li>
 * <li>every answer carries headers that keep a browser from misusing it: no MIME sniffing, no framing (also by
 * the Content-Security-Policy, which allows the dashboard its own scripts and styles only), no referrer, and
 * {@code Cache-Control: no-cache} (a new release of the dashboard is seen at once; data is revalidated);</li>
 * <li>refusals that never reach a resource (no key, unknown key, missing role, a body over the size limit) answer
 * with an {@link ErrorBody}, like every other refusal, instead of an empty body.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuard {
    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestGuard::guard);
        router.route().order(Integer.MIN_VALUE).failureHandler(RequestGuard::refusal);
    }

    static boolean hasMatrixParameters(String uri) {
        int query = uri.indexOf('?');
        String path = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
        return path.indexOf(';') >= 0 || path.contains("%3b");
    }

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static void guard(RoutingContext context) {
        context.response().headers().add("X-Content-Type-Options", "nosniff").add("X-Frame-Options", "DENY")
                .add("Referrer-Policy", "no-referrer").add("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .add("Cache-Control", "no-cache");
        if (hasMatrixParameters(context.request().uri())) {
            LOG.debugf("refused a path with matrix parameters: %s", LogSafe.text(context.request().uri(), 200));
            end(context, 400, "matrix-parameters", "paths with ';' or '%3B' are not accepted");
            return;
        }
        context.next();
    }

    private static void refusal(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten()) {
            context.next();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            context.response().putHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            end(context, 401, "unauthorized", "a valid API key is needed (header X-API-Key)");
        } else if (failure instanceof ForbiddenException) {
            end(context, 403, "forbidden", "the API key does not grant the role this request needs");
        } else if (failure == null && context.statusCode() == 401) {
            end(context, 401, "unauthorized", "a valid API key is needed (header X-API-Key)");
        } else if (failure == null && context.statusCode() == 403) {
            end(context, 403, "forbidden", "the API key does not grant the role this request needs");
        } else if (failure == null && context.statusCode() == 413) {
            end(context, 413, "too-large", "the request body is larger than this service accepts");
        } else if (failure == null && context.statusCode() >= 400 && context.statusCode() < 500) {
            end(context, context.statusCode(), ErrorBody.codeOf(context.statusCode()), "the request was refused");
        } else {
            context.next();
        }
    }

    /** Ends the request with an {@link ErrorBody}-shaped JSON answer. */
    public static void end(RoutingContext context, int status, String error, String message) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("status", status).put("error", error).put("message", message).encode());
    }
}
