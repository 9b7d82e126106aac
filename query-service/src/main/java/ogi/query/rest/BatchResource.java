package ogi.query.rest;

import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import ogi.query.api.BatchProgress;
import ogi.query.api.FindingItem;
import ogi.query.api.ReportSummary;
import ogi.query.batch.BatchTally;
import ogi.query.store.BatchEntry;
import ogi.query.store.BatchRepository;
import ogi.query.store.FindingRepository;
import ogi.query.store.ReportRepository;

/**
 * Batches (a multi-file or ZIP upload, id given by the ingest service's answer): progress with the findings summary
 * and documents, a live stream of the progress, and the batch's reports and findings as CSV (the columns of
 * {@code /export/reports.csv} and {@code /export/findings.csv}).
 */
@RolesAllowed("read")
@Path("/batches")
@Tag(name = "batches")
public class BatchResource {
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final long HEARTBEAT_EVERY = 15;

    private final BatchRepository batches;
    private final ReportRepository reports;
    private final FindingRepository findings;

    public BatchResource(BatchRepository batches, ReportRepository reports, FindingRepository findings) {
        this.batches = batches;
        this.reports = reports;
        this.findings = findings;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A batch's progress (documents received, parsed, audited, failed of the size its upload "
            + "published), its findings by severity and rule, and its documents")
    public BatchProgress batch(@PathParam("id") String id) {
        return progress(id);
    }

    @GET
    @Path("/{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The batch's progress live as Server-Sent Events (event 'progress', sent when it changes; "
            + "the stream ends after the event with done=true)")
    public Multi<OutboundSseEvent> stream(@PathParam("id") String id, @Context Sse sse) {
        progress(id);
        AtomicReference<BatchProgress.Counts> last = new AtomicReference<>();
        AtomicBoolean ended = new AtomicBoolean();
        AtomicLong ticks = new AtomicLong();
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build();
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(10)).every(POLL)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    if (ended.get()) {
                        return List.of(end);
                    }
                    BatchProgress.Counts counts = BatchTally.of(id, batches.entries(id)).counts();
                    if (counts.equals(last.get())) {
                        return ticks.incrementAndGet() % HEARTBEAT_EVERY == 0
                                ? List.of(sse.newEventBuilder().comment("heartbeat").build()) : List.of();
                    }
                    last.set(counts);
                    ended.set(counts.done());
                    return List.of(sse.newEventBuilder().name("progress").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(BatchProgress.Counts.class, counts).build());
                })
                .select().first(event -> event != end);
    }

    @GET
    @Path("/{id}/reports.csv")
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "The batch's reports as CSV (the columns of /export/reports.csv)")
    public Response reportsCsv(@PathParam("id") String id) {
        StringBuilder csv = new StringBuilder();
        CsvExportResource.row(csv, CsvExportResource.REPORT_COLUMNS);
        for (ReportSummary summary : reports.summaries(documentIds(id))) {
            CsvExportResource.reportRow(csv, summary);
        }
        return CsvExportResource.file(csv, "batch-" + id + "-reports.csv");
    }

    @GET
    @Path("/{id}/findings.csv")
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "The findings of the batch's reports as CSV (the columns of /export/findings.csv)")
    public Response findingsCsv(@PathParam("id") String id) {
        StringBuilder csv = new StringBuilder();
        CsvExportResource.row(csv, CsvExportResource.FINDING_COLUMNS);
        for (FindingItem f : findings.ofDocuments(documentIds(id))) {
            CsvExportResource.findingRow(csv, f);
        }
        return CsvExportResource.file(csv, "batch-" + id + "-findings.csv");
    }

    private BatchProgress progress(String id) {
        return BatchTally.of(id, entries(id));
    }

    private List<String> documentIds(String id) {
        return entries(id).stream().map(BatchEntry::documentId).toList();
    }

    /** 400 for an id that is not a batch id, 404 before any of the batch's events arrived. */
    private List<BatchEntry> entries(String id) {
        if (!BatchRepository.isBatchId(id)) {
            throw new jakarta.ws.rs.BadRequestException("a batch id is 32 lower-case hex digits, as the upload's answer gives it");
        }
        List<BatchEntry> entries = batches.entries(id);
        if (entries.isEmpty()) {
            throw new NotFoundException("no batch with id " + id + " (yet: its first document may still be on its way)");
        }
        return entries;
    }
}
