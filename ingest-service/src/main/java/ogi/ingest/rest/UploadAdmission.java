package ogi.ingest.rest;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import ogi.ingest.config.IngestConfig;
import ogi.support.http.RequestGuard;

/**
 * Bounds the uploads the service works on at once, on the event loop, before a request is queued for a worker
 * thread. Without it an overloaded service queued every upload behind the blocking ones (each awaits the broker and
 * MongoDB) and clients waited past their time-outs without an answer; past {@code ingest.max-uploads-in-flight} an
 * upload is answered {@code 503 busy} with {@code Retry-After} at once, and nothing of it is published.
 */
@ApplicationScoped
public class UploadAdmission {
    private static final Logger LOG = Logger.getLogger(UploadAdmission.class);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final IngestConfig config;
    private final MeterRegistry metrics;

    public UploadAdmission(IngestConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
        metrics.gauge("ingest.uploads.in.flight", inFlight);
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/documents").order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (inFlight.incrementAndGet() > config.maxUploadsInFlight()) {
            inFlight.decrementAndGet();
            metrics.counter("ingest.documents", "outcome", "busy").increment();
            LOG.debugf("upload refused: %d uploads in flight already", config.maxUploadsInFlight());
            context.response().putHeader("Retry-After", String.valueOf(config.busyRetryAfter().toSeconds()));
            RequestGuard.end(context, 503, "busy", "the service is working on as many uploads as it takes at once; "
                    + "nothing of this upload was published, post it again after Retry-After seconds");
            return;
        }
        context.addEndHandler(done -> inFlight.decrementAndGet());
        context.next();
    }
}
