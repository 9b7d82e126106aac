package ogi.audit.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.inject.Vetoed;

import ogi.contracts.event.ParsedReportEvent;

/**
 * The series in memory, for the offline audit of a set of files ({@code bin/audit}): the same lookups as
 * {@link AuditedReportRepository} (newest first by parse time, replace by document id), nothing stored. Not a CDI
 * bean: the service uses MongoDB.
 */
@Vetoed
public class InMemoryReportSeries implements ReportSeries {
    private final Map<String, ParsedReportEvent> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byAgencyYear = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(ParsedReportEvent event) {
        byId.put(event.documentId(), event);
        var meta = event.report().metadata();
        if (meta.seriesKey() != null && meta.year() != null) {
            byAgencyYear.computeIfAbsent(key(meta.seriesKey(), meta.year()), k -> new LinkedHashSet<>())
                    .add(event.documentId());
        }
    }

    @Override
    public synchronized List<ParsedReportEvent> find(String agency, int year) {
        List<ParsedReportEvent> found = new ArrayList<>();
        for (String id : byAgencyYear.getOrDefault(key(agency, year), Set.of())) {
            ParsedReportEvent e = byId.get(id);
            if (e != null) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparing(ParsedReportEvent::parsedAt).reversed());
        return found;
    }

    @Override
    public synchronized Optional<ParsedReportEvent> byId(String documentId) {
        return Optional.ofNullable(byId.get(documentId));
    }

    @Override
    public long forEach(Consumer<ParsedReportEvent> action) {
        List<ParsedReportEvent> all;
        synchronized (this) {
            all = new ArrayList<>(new TreeMap<>(byId).values());
        }
        all.forEach(action);
        return all.size();
    }

    private static String key(String agency, int year) {
        return agency + "\u0000" + year;
    }
}
