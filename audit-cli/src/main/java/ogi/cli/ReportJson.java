package ogi.cli;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.Severity;

/**
 * One file's result as the query service answers {@code GET /reports/{id}}: {@code documentId}, {@code status}
 * ({@code audited} or {@code failed}), the file's fields, the parse's fields ({@code agency}, {@code year},
 * {@code template}, {@code partial}, {@code report} without its text ...), {@code audit} ({@code catalogueVersion},
 * {@code auditedAt}, {@code findings}, {@code ruleResults}), {@code findingCounts}, {@code ruleIds}, or
 * {@code failure} ({@code stage}, {@code reason}). Everything is the events' own JSON (contracts' {@link EventJson}),
 * as the query service stores it. Not there offline: the division placement, trace id and reviews. Added: {@code path}
 * (the file as given, {@code archive.zip!entry} inside a ZIP) and {@code audit.comparedWith} (the previous year's
 * report the year-on-year rules read, or null).
 */
final class ReportJson {
    private final ObjectMapper mapper = EventJson.mapper();
    private final ObjectWriter writer;
    private final boolean withText;

    ReportJson(boolean pretty, boolean withText) {
        this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
        this.withText = withText;
    }

    String write(OfflineAudit.Result r) {
        try {
            return writer.writeValueAsString(view(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the result of " + r.path(), e);
        }
    }

    ObjectNode view(OfflineAudit.Result r) {
        ObjectNode view = mapper.createObjectNode();
        view.put("documentId", r.documentId());
        view.put("status", r.failure() != null ? "failed" : r.audit() != null ? "audited" : "parsed");
        view.put("fileName", r.fileName());
        view.put("path", r.path());
        view.put("format", r.format() == null ? null : r.format().name());
        view.put("sizeBytes", r.sizeBytes());
        ParsedReportEvent parsed = r.parsed();
        if (parsed != null) {
            var meta = parsed.report().metadata();
            view.put("agency", meta.agency());
            view.put("region", meta.region());
            view.put("year", meta.year());
            view.put("template", meta.template());
            view.put("partial", parsed.report().partial());
            view.put("parsedAt", parsed.parsedAt().toString());
            view.put("parserVersion", parsed.parserVersion());
            ObjectNode report = mapper.valueToTree(parsed.report());
            report.remove("text");
            view.set("report", report);
            if (withText) {
                view.put("text", parsed.report().text());
            }
        }
        if (r.audit() != null) {
            OfflineAudit.Audit a = r.audit();
            ObjectNode audit = view.putObject("audit");
            audit.put("catalogueVersion", a.catalogueVersion());
            audit.put("auditedAt", a.auditedAt().toString());
            audit.set("findings", mapper.valueToTree(a.findings()));
            audit.set("ruleResults", mapper.valueToTree(a.ruleResults()));
            if (a.comparedWith() == null) {
                audit.putNull("comparedWith");
            } else {
                ParsedReportEvent c = a.comparedWith();
                audit.putObject("comparedWith").put("documentId", c.documentId()).put("fileName", c.fileName())
                        .put("year", c.report().metadata().year());
            }
            ObjectNode counts = view.putObject("findingCounts");
            for (Severity s : Severity.values()) {
                counts.put(s.name().toLowerCase(Locale.ROOT),
                        a.findings().stream().filter(f -> f.severity() == s).count());
            }
            ArrayNode ruleIds = view.putArray("ruleIds");
            a.findings().stream().map(Finding::ruleId).distinct().sorted().forEach(ruleIds::add);
        }
        if (r.failure() != null) {
            view.putObject("failure").put("stage", r.failure().stage()).put("reason", r.failure().reason());
        }
        return view;
    }
}
