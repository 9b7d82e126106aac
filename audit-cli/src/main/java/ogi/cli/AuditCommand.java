package ogi.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/audit [--pretty] [--text] FILE|FOLDER...}: reads and audits report files on this machine, without Kafka
 * or MongoDB, with the services' own reader and rule catalogue. One JSON object per file on stdout (JSON Lines, or
 * indented with {@code --pretty}), shaped like the query service's {@code GET /reports/{id}}; logging on stderr.
 * Exit status: 0 every file audited without an ERROR finding, 1 a file with an ERROR finding or one that failed,
 * 2 a usage error (no files, an unreadable path, an unknown option).
 */
public final class AuditCommand {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: bin/audit [--pretty] [--text] FILE|FOLDER...

            Audits annual reports on open government information offline (no Kafka, no MongoDB), with the
            services' reader (format detection, text extraction, parser) and rule catalogue. Folders are walked
            (files ending .txt .htm .html .docx .pdf .zip); ZIP archives are read entry by entry as the ingest
            service reads them. Reports of one agency given together are compared year on year (YEAR-001,
            YEAR-002, PROSE-003), as the audit service compares them.

            Prints one JSON object per file (JSON Lines), shaped like the query service's GET /reports/{id}:
            documentId (SHA-256 of the bytes), fileName, path, status "audited" with report and audit
            (findings, ruleResults), or status "failed" with failure.stage and failure.reason.

              --pretty   indented JSON, objects separated by a blank line
              --text     include the document's extracted text (field "text")
              -h, --help this text

            Exit status: 0 all files audited without an ERROR finding; 1 a file has an ERROR finding or failed;
            2 usage error (no files, unreadable path, unknown option).
            Settings as in the services: -Daudit.prose-reuse.threshold=0.8 (or AUDIT_PROSE_REUSE_THRESHOLD),
            ingest.max-document-bytes and ingest.zip-* (INGEST_MAX_DOCUMENT_BYTES, ...), via JAVA_OPTS in bin/audit.
            """;

    static {
        Logging.configure();
    }

    private AuditCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        System.exit(status);
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean pretty = false;
        boolean text = false;
        List<String> paths = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && (arg.equals("-h") || arg.equals("--help"))) {
                out.print(USAGE_TEXT);
                out.flush();
                return OK;
            } else if (options && arg.equals("--pretty")) {
                pretty = true;
            } else if (options && arg.equals("--text")) {
                text = true;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                err.println("audit: unknown option " + arg);
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            err.println("audit: no files given");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<Inputs.Source> sources;
        try {
            sources = Inputs.collect(paths);
        } catch (Inputs.UsageException e) {
            err.println("audit: " + e.getMessage());
            return USAGE;
        }
        if (sources.isEmpty()) {
            err.println("audit: no report files (.txt .htm .html .docx .pdf .zip) in " + String.join(", ", paths));
            return USAGE;
        }
        List<OfflineAudit.Result> results = new OfflineAudit().audit(sources);
        ReportJson json = new ReportJson(pretty, text);
        for (OfflineAudit.Result r : results) {
            out.print(json.write(r));
            out.print(pretty ? "\n\n" : "\n");
        }
        out.flush();
        long failed = results.stream().filter(r -> r.failure() != null).count();
        long withErrors = results.stream().filter(OfflineAudit.Result::hasErrors).count();
        err.printf("audit: %d file(s): %d audited (%d with ERROR findings), %d failed%n", results.size(),
                results.size() - failed, withErrors, failed);
        return failed > 0 || withErrors > 0 ? FINDINGS : OK;
    }
}
