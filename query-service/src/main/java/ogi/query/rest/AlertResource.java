package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import ogi.contracts.event.Severity;
import ogi.query.api.Alert;
import ogi.query.store.AlertRepository;

/**
 * Alerts: the latest as JSON, and a live Server-Sent Events stream. The stream reads the shared {@code alerts}
 * collection every second, so it works the same on every query-service instance; each event's id is the alert's
 * number, and a client that reconnects with {@code Last-Event-ID} gets what it missed. A comment every 15 s keeps
 * proxies from closing an idle stream.
 */
@RolesAllowed("read")
@Path("/alerts")
@Tag(name = "alerts")
public class AlertResource {
    private static final int BATCH = 200;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final long HEARTBEAT_EVERY = 15;

    private final AlertRepository alerts;

    public AlertResource(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest alerts, newest first")
    public List<Alert> latest(@QueryParam("minSeverity") String minSeverity, @QueryParam("limit") String limit) {
        return alerts.latest(rank(minSeverity), Params.integer("limit", limit, 1, 500, 50));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live alerts as Server-Sent Events (event 'alert', id = alert number), filterable by "
            + "minimum severity, resumable with Last-Event-ID")
    public Multi<OutboundSseEvent> stream(@QueryParam("minSeverity") String minSeverity,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        int minRank = rank(minSeverity);
        long resumeFrom = lastEventId == null || lastEventId.isBlank() ? -1
                : Params.integer("Last-Event-ID", lastEventId, 0, Integer.MAX_VALUE);
        AtomicLong last = new AtomicLong(resumeFrom);
        AtomicLong ticks = new AtomicLong();
        return Multi.createFrom().ticks().every(POLL)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    if (last.get() < 0) {
                        last.set(alerts.lastSeq());
                    }
                    List<OutboundSseEvent> events = new ArrayList<>();
                    for (Alert alert : alerts.after(last.get(), minRank, BATCH)) {
                        last.set(alert.seq());
                        events.add(sse.newEventBuilder().id(String.valueOf(alert.seq())).name("alert")
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Alert.class, alert).build());
                    }
                    if (events.isEmpty() && ticks.incrementAndGet() % HEARTBEAT_EVERY == 0) {
                        events.add(sse.newEventBuilder().comment("heartbeat").build());
                    }
                    return events;
                });
    }

    private static int rank(String minSeverity) {
        Severity s = Params.severity(minSeverity);
        return s == null ? Severity.WARNING.ordinal() + 1 : s.ordinal() + 1;
    }
}
