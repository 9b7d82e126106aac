package ogi.query.expected;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import ogi.query.api.ExpectedAgency;
import ogi.query.api.Publication;
import ogi.query.store.ExpectedAgencyRepository;
import ogi.query.store.PublicationAlert;
import ogi.query.store.PublicationAlertRepository;
import ogi.query.store.ReportRepository;
import ogi.query.store.ViewRepository;

/**
 * Compares a region's expected agencies with the reports of a year (found by agency and year in
 * {@code agency_years}) and raises an alert once per agency whose report is missing after the deadline or dated
 * after it. Checked when a list is uploaded, when the status is read, and every hour for the last two report years
 * of every region with a list (deadlines pass without any event to notice them).
 */
@ApplicationScoped
public class PublicationCheck {
    private static final Logger LOG = Logger.getLogger(PublicationCheck.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ExpectedAgencyRepository expected;
    private final PublicationAlertRepository alerts;
    private final ViewRepository views;
    private final ReportRepository reports;
    private final MeterRegistry metrics;
    private ScheduledExecutorService timer;

    public PublicationCheck(ExpectedAgencyRepository expected, PublicationAlertRepository alerts, ViewRepository views,
            ReportRepository reports, MeterRegistry metrics) {
        this.expected = expected;
        this.alerts = alerts;
        this.views = views;
        this.reports = reports;
        this.metrics = metrics;
    }

    /** The region's publication status for the report year, alerts raised for what is missing or late. */
    public Publication check(String code, int year) {
        LocalDate today = LocalDate.now(CHINA);
        List<Publication.Agency> agencies = new ArrayList<>();
        int[] counts = new int[5];
        List<ExpectedAgency> list = expected.of(code);
        Map<String, String> documents = views.newestDocuments(list.stream().map(ExpectedAgency::agency).toList(), year);
        Map<String, LocalDate> dates = reports.publicationDates(documents.values());
        for (ExpectedAgency a : list) {
            LocalDate deadline = a.kind().deadline(year);
            String documentId = documents.get(a.agency());
            LocalDate publishedOn = documentId == null ? null : dates.get(documentId);
            String status;
            if (documentId == null) {
                status = today.isAfter(deadline) ? "missing" : "due";
            } else if (publishedOn == null) {
                status = "undated";
            } else {
                status = publishedOn.isAfter(deadline) ? "late" : "published";
            }
            Instant alertedAt = null;
            if (status.equals("missing") || status.equals("late")) {
                PublicationAlert alert = new PublicationAlert(year, code, a.agency(), status, deadline);
                if (alerts.raise(alert)) {
                    metrics.counter("query.publication.alerts", "status", status).increment();
                    LOG.warnf("publication alert: %s (%s) %s the %d report (deadline %s)", a.agency(), code,
                            status.equals("late") ? "published late" : "has not published", year, deadline);
                }
                alertedAt = alerts.raisedAt(alert).orElse(null);
            }
            counts[switch (status) {
                case "published" -> 0;
                case "late" -> 1;
                case "undated" -> 2;
                case "missing" -> 3;
                default -> 4;
            }]++;
            agencies.add(new Publication.Agency(a.agency(), a.kind(), deadline, status, documentId, publishedOn,
                    alertedAt));
        }
        return new Publication(code, year, today, agencies.size(), counts[0], counts[1], counts[2], counts[3],
                counts[4], agencies);
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publication-check");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkAll, 5, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void checkAll() {
        try {
            int lastYear = LocalDate.now(CHINA).getYear() - 1;
            for (String code : expected.regions()) {
                check(code, lastYear);
                check(code, lastYear - 1);
            }
        } catch (RuntimeException e) {
            LOG.warnf("publication check failed, tried again in an hour: %s", e.toString());
        }
    }
}
