package ogi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ogi.audit.rules.ProseReuseRule;
import ogi.audit.rules.RuleCatalogue;
import ogi.audit.series.InMemoryReportSeries;
import ogi.audit.series.ReportSeries;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.event.RuleResult;
import ogi.contracts.event.Severity;
import ogi.contracts.report.Report;
import ogi.ingest.config.IngestConfig;
import ogi.ingest.document.DocumentTypeDetector;
import ogi.ingest.document.IngestException;
import ogi.ingest.document.ReportArchive;
import ogi.ingest.document.Upload;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.extract.limits.UnreadableDocumentException;
import ogi.parse.report.DocumentReader;
import ogi.parse.report.ReportParser;

/**
 * The pipeline's three stages on files, in this JVM: what ingest does to an upload (ZIP archives expanded by
 * {@link ReportArchive}, the format from {@link DocumentTypeDetector}, the id the SHA-256 of the bytes), what the
 * parse service does to it ({@link DocumentReader}: extraction and {@link ReportParser}), and what the audit service
 * does to the parsed report ({@link RuleCatalogue#run}, the previous year from a {@link ReportSeries}, here
 * {@link InMemoryReportSeries} holding the files of this run). Every file is read before any is audited, so two
 * years of one agency are compared whatever the order of the files, as the service ends up comparing them (it
 * re-checks a report when its predecessor arrives later).
 */
final class OfflineAudit {

    /** What became of one file; {@code failure} set, or {@code parsed} and (after the audit) {@code audit}. */
    record Result(String documentId, String fileName, String path, DocumentFormat format, long sizeBytes,
            ParsedReportEvent parsed, Audit audit, Failure failure) {

        boolean hasErrors() {
            return audit != null && audit.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }

        Result audited(Audit audit) {
            return new Result(documentId, fileName, path, format, sizeBytes, parsed, audit, failure);
        }
    }

    /** The audit service's result: catalogue, time, findings, every rule's result, the report compared with. */
    record Audit(String catalogueVersion, Instant auditedAt, List<Finding> findings, List<RuleResult> ruleResults,
            ParsedReportEvent comparedWith) {
    }

    /** Where the pipeline stopped ({@code ingest}, {@code parse}, {@code audit}) and why. */
    record Failure(String stage, String reason) {
    }

    private final IngestConfig limits = IngestLimits.config();
    private final DocumentReader reader = new DocumentReader(new DocumentTextExtractor(), new ReportParser());
    private final RuleCatalogue catalogue = new RuleCatalogue(Settings.get(ProseReuseRule.THRESHOLD_KEY)
            .map(Double::parseDouble).orElse(ProseReuseRule.DEFAULT_THRESHOLD));
    private final ReportSeries series = new InMemoryReportSeries();
    private final Map<Report, ParsedReportEvent> byReport = new IdentityHashMap<>();

    List<Result> audit(List<Inputs.Source> sources) {
        List<Result> read = new ArrayList<>();
        for (Inputs.Source source : sources) {
            read.addAll(read(source));
        }
        for (Result r : read) {
            if (r.parsed() != null) {
                series.save(r.parsed());
                byReport.put(r.parsed().report(), r.parsed());
            }
        }
        return read.stream().map(this::audit).toList();
    }

    private List<Result> read(Inputs.Source source) {
        String fileName = source.path().getFileName().toString();
        long size;
        try {
            size = Files.size(source.path());
        } catch (IOException e) {
            return List.of(failed(null, fileName, source.label(), null, 0, "ingest", "cannot read the file: " + e));
        }
        Upload whole = Upload.of(source.path(), null, fileName);
        if (!ReportArchive.isArchive(whole)) {
            if (size > limits.maxDocumentBytes()) {
                return List.of(failed(null, fileName, source.label(), null, size, "ingest", "the document has "
                        + size + " bytes, more than the " + limits.maxDocumentBytes() + " accepted"));
            }
            return List.of(read(whole.content().read(limits.maxDocumentBytes()), fileName, source.label()));
        }
        List<Result> results = new ArrayList<>();
        try (ReportArchive archive = ReportArchive.open(whole, limits)) {
            for (ReportArchive.Entry entry : archive.survey()) {
                String label = source.label() + "!" + entry.name();
                if (entry.refusal() != null) {
                    results.add(failed(null, entry.refusal().fileName(), label, null, 0, "ingest",
                            entry.refusal().getMessage()));
                } else {
                    results.add(read(entry.upload().content().read(limits.maxDocumentBytes()),
                            entry.upload().fileName(), label));
                }
            }
        } catch (IngestException e) {
            return List.of(failed(null, fileName, source.label(), null, size, "ingest", e.getMessage()));
        }
        return results;
    }

    /** One document: ingest's checks, then the parse service's reader. */
    private Result read(byte[] bytes, String fileName, String path) {
        String id = sha256(bytes);
        if (bytes.length == 0) {
            return failed(id, fileName, path, null, 0, "ingest", "the document is empty");
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return failed(id, fileName, path, null, bytes.length, "ingest", "the document has " + bytes.length
                    + " bytes, more than the " + limits.maxDocumentBytes() + " accepted");
        }
        DocumentFormat format;
        try {
            format = DocumentTypeDetector.detect(bytes, null, fileName);
        } catch (IngestException e) {
            return failed(id, fileName, path, null, bytes.length, "ingest", e.getMessage());
        }
        RawDocumentEvent raw = new RawDocumentEvent(EventTypes.SCHEMA_VERSION, id, fileName, null, format,
                bytes.length, Instant.now(), null, bytes);
        try {
            ParsedReportEvent parsed = reader.read(raw);
            return new Result(id, fileName, path, format, bytes.length, parsed, null, null);
        } catch (UnreadableDocumentException e) {
            return failed(id, fileName, path, format, bytes.length, "parse", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(id, fileName, path, format, bytes.length, "parse", "the parser failed: " + e);
        }
    }

    /** The audit service's audit of a parsed report, against the agency's previous year when it is in the run. */
    private Result audit(Result r) {
        if (r.parsed() == null) {
            return r;
        }
        try {
            Report previous = series.previousYear(r.parsed());
            RuleCatalogue.Outcome outcome = catalogue.run(r.documentId(), r.parsed().report(), previous);
            return r.audited(new Audit(RuleCatalogue.VERSION, Instant.now(), outcome.findings(),
                    outcome.ruleResults(), previous == null ? null : byReport.get(previous)));
        } catch (RuntimeException e) {
            return new Result(r.documentId(), r.fileName(), r.path(), r.format(), r.sizeBytes(), r.parsed(), null,
                    new Failure("audit", "the audit failed: " + e));
        }
    }

    private static Result failed(String id, String fileName, String path, DocumentFormat format, long size,
            String stage, String reason) {
        return new Result(id, fileName, path, format, size, null, null, new Failure(stage, reason));
    }

    /** The document id of the pipeline (contracts' Topics, ingest's DocumentIngestion): SHA-256, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
