package ogi.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * A body posted without a Content-Type is taken as {@code application/octet-stream}, so it reaches the raw-body
 * upload and its format is told from its bytes, as for a file in a ZIP (without a type the multipart upload was
 * chosen and found no file in it).
 */
@ApplicationScoped
public class UntypedBodies {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().method() == HttpMethod.POST
                    && context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
                context.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
            }
            context.next();
        });
    }
}
