package ogi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import ogi.audit.rules.RuleDefinition;

/**
 * The command on the real sample reports ({@code samples/reports}, and {@code ../shared/reports} when present): each
 * is audited with the findings the audit service's {@code RuleCatalogueTest} establishes for it, from the files
 * (reader and parser included) rather than from the golden parsed events.
 */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("shared.reports.dir", "../samples/reports"));
    /** What each sample is known to give: rule id and row, as RuleCatalogueTest lists them. */
    private static final Map<String, List<String>> KNOWN = Map.of(
            "dushanzi-urban-management-2021.txt", List.of("COMP-007"),
            "unnamed-bureau-2023.txt", List.of("COMP-006:agency", "PROSE-001:new_applications",
                    "TPL-001:withheld_internal_affairs"),
            "weibin-urban-management-2022.txt", List.of("COMP-001", "COMP-003", "COMP-004:carried_over",
                    "COMP-004:new_applications"),
            "wusu-urban-management-2023.txt", List.of("COMP-007", "TPL-001:normative_documents", "VAL-002:fees"));

    @TempDir
    Path tmp;

    record Run(int status, List<JsonNode> results, String stdout, String stderr) {
        JsonNode only() {
            assertEquals(1, results.size(), stdout);
            return results.get(0);
        }

        JsonNode named(String fileName) {
            return results.stream().filter(r -> r.path("fileName").asText().equals(fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + fileName + " in " + stdout));
        }
    }

    static Run run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> results = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(stdout)) {
            it.forEachRemaining(results::add);
        }
        return new Run(status, results, stdout, err.toString(StandardCharsets.UTF_8));
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : result.path("audit").path("findings")) {
            JsonNode row = f.path("location").path("row");
            ids.add(f.path("ruleId").asText() + (row.isNull() || row.isMissingNode() ? "" : ":" + row.asText()));
        }
        return ids.stream().sorted().toList();
    }

    static JsonNode finding(JsonNode result, String ruleId) {
        return StreamSupport.stream(result.path("audit").path("findings").spliterator(), false)
                .filter(f -> f.path("ruleId").asText().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not in " + ids(result)));
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    @Test
    void everySampleIsAuditedWithTheFindingsTheAuditServiceKnowsForIt() throws IOException {
        Run run = run(SAMPLES.toString());
        assertEquals(4, run.results().size(), run.stdout());
        KNOWN.forEach((file, expected) -> {
            JsonNode r = run.named(file);
            assertEquals("audited", r.path("status").asText(), file);
            assertEquals(expected, ids(r), file);
        });
        assertEquals(AuditCommand.FINDINGS, run.status(), "Weibin and the unnamed bureau have ERROR findings");
        assertTrue(run.stderr().contains("4 audited (2 with ERROR findings), 0 failed"), run.stderr());
    }

    @Test
    void theSharedReportsFolderGivesTheSameFindings() throws IOException {
        Path shared = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "..", "shared",
                "reports");
        assumeTrue(Files.isDirectory(shared), "no ../shared/reports beside the project");
        Run run = run(shared.toString());
        KNOWN.forEach((file, expected) -> assertEquals(expected, ids(run.named(file)), file));
    }

    @Test
    void theUnnamedBureauSaysTwoApplicationsInProseAndThreeInTable2() throws IOException {
        Run run = run(sample("unnamed-bureau-2023.txt"));
        JsonNode r = run.only();
        JsonNode prose = finding(r, "PROSE-001");
        assertEquals("ERROR", prose.path("severity").asText());
        assertEquals("3", prose.path("expected").asText());
        assertEquals("2", prose.path("actual").asText());
        assertEquals("new_applications", prose.path("location").path("row").asText());
        assertEquals(r.path("documentId").asText() + ":PROSE-001:", prose.path("findingId").asText()
                .substring(0, 64 + ":PROSE-001:".length()), "finding id = documentId:ruleId:location");
        assertEquals(1, r.path("findingCounts").path("error").asInt());
        assertEquals(AuditCommand.FINDINGS, run.status());
    }

    @Test
    void theAnswerIsShapedLikeTheQueryServicesReport() throws IOException {
        Path file = SAMPLES.resolve("dushanzi-urban-management-2021.txt");
        JsonNode r = run(file.toString()).only();
        assertEquals(OfflineAudit.sha256(Files.readAllBytes(file)), r.path("documentId").asText(),
                "the id is the SHA-256 of the bytes, as ingest gives it");
        assertEquals("dushanzi-urban-management-2021.txt", r.path("fileName").asText());
        assertEquals("TEXT", r.path("format").asText());
        assertEquals("独山子区城市管理局", r.path("agency").asText());
        assertEquals(2021, r.path("year").asInt());
        assertEquals("2021", r.path("template").asText());
        JsonNode report = r.path("report");
        assertTrue(report.has("metadata") && report.has("table1") && report.has("table2") && report.has("table3")
                && report.has("sections") && report.has("proseFigures"), report.toString());
        assertFalse(report.has("text"), "the text is not in the report, as in the query service");
        assertFalse(r.has("text"), "the text only with --text");
        JsonNode audit = r.path("audit");
        assertNotNull(audit.path("catalogueVersion").textValue());
        assertNotNull(audit.path("auditedAt").textValue());
        assertEquals(RuleDefinition.catalogue().rules().size(), audit.path("ruleResults").size(),
                "every rule of the catalogue has its result");
        assertTrue(audit.path("comparedWith").isNull());
        assertEquals(List.of("COMP-007"), List.of(r.path("ruleIds").get(0).asText()));
        assertEquals(0, r.path("findingCounts").path("error").asInt());
        assertEquals(1, r.path("findingCounts").path("warning").asInt());
        assertTrue(run("--text", file.toString()).only().path("text").asText().startsWith("一、总体情况"));
    }

    @Test
    void withoutErrorFindingsTheStatusIsZero() throws IOException {
        assertEquals(AuditCommand.OK, run(sample("dushanzi-urban-management-2021.txt")).status());
        assertEquals(AuditCommand.OK, run(sample("wusu-urban-management-2023.txt"),
                sample("dushanzi-urban-management-2021.txt")).status(), "warnings and infos only");
        assertEquals(AuditCommand.FINDINGS, run(sample("weibin-urban-management-2022.txt")).status());
    }

    @Test
    void randomBytesFailWithAReasonAndStatusOne() throws IOException {
        byte[] junk = new byte[4096];
        new Random(14).nextBytes(junk);
        Path file = Files.write(tmp.resolve("junk.bin"), junk);
        Run run = run(file.toString(), sample("dushanzi-urban-management-2021.txt"));
        assertEquals(AuditCommand.FINDINGS, run.status());
        JsonNode r = run.named("junk.bin");
        assertEquals("failed", r.path("status").asText());
        assertEquals(OfflineAudit.sha256(junk), r.path("documentId").asText());
        assertFalse(r.path("failure").path("reason").asText().isBlank(), r.toString());
        assertFalse(r.has("audit"));
        assertEquals("audited", run.named("dushanzi-urban-management-2021.txt").path("status").asText(),
                "the other files go on");

        Path text = Files.writeString(tmp.resolve("notes.txt"), "这不是年度报告。\n只是一些笔记。\n");
        JsonNode notReport = run(text.toString()).only();
        assertEquals("failed", notReport.path("status").asText());
        assertEquals("parse", notReport.path("failure").path("stage").asText());
        assertTrue(notReport.path("failure").path("reason").asText().contains("not an annual report"));

        JsonNode empty = run(Files.write(tmp.resolve("empty.txt"), new byte[0]).toString()).only();
        assertEquals("ingest", empty.path("failure").path("stage").asText());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertEquals(AuditCommand.USAGE, run().status(), "no files");
        Run missing = run(sample("dushanzi-urban-management-2021.txt"), tmp.resolve("nowhere.txt").toString());
        assertEquals(AuditCommand.USAGE, missing.status());
        assertTrue(missing.results().isEmpty(), "nothing is audited when a path is wrong");
        assertTrue(missing.stderr().contains("nowhere.txt"), missing.stderr());
        assertEquals(AuditCommand.USAGE, run("--frobnicate", sample("unnamed-bureau-2023.txt")).status());
        assertEquals(AuditCommand.USAGE, run(tmp.toString()).status(), "a folder without report files");
        Path locked = Files.writeString(tmp.resolve("locked.txt"), "x");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) {
            assertEquals(AuditCommand.USAGE, run(locked.toString()).status(), "an unreadable file");
        }
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertEquals(AuditCommand.OK, AuditCommand.run(new String[] {"--help"},
                new PrintStream(help, true, StandardCharsets.UTF_8), System.err));
        assertTrue(help.toString(StandardCharsets.UTF_8).startsWith("Usage: bin/audit"));
    }

    @Test
    void foldersAreWalkedForFilesOfKnownTypes() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("reports/2023"));
        Files.copy(SAMPLES.resolve("unnamed-bureau-2023.txt"), folder.resolve("unnamed-bureau-2023.txt"));
        Files.copy(SAMPLES.resolve("wusu-urban-management-2023.txt"), folder.resolve("WUSU.TXT"));
        Files.writeString(folder.resolve("readme.md"), "# not a report");
        Files.writeString(folder.resolve(".hidden.txt"), "hidden");
        Files.createDirectories(tmp.resolve("reports/.git"));
        Files.writeString(tmp.resolve("reports/.git/x.txt"), "hidden too");
        Run run = run(tmp.resolve("reports").toString());
        assertEquals(List.of("WUSU.TXT", "unnamed-bureau-2023.txt"),
                run.results().stream().map(r -> r.path("fileName").asText()).toList());
    }

    @Test
    void aZipIsReadEntryByEntryAsIngestReadsIt() throws IOException {
        Path zip = tmp.resolve("reports.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("unnamed-bureau-2023.txt", "dushanzi-urban-management-2021.txt")) {
                out.putNextEntry(new ZipEntry("2023/" + name));
                out.write(Files.readAllBytes(SAMPLES.resolve(name)));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("../escape.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Run run = run(zip.toString());
        assertEquals(3, run.results().size(), run.stdout());
        JsonNode unnamed = run.named("unnamed-bureau-2023.txt");
        assertEquals(zip + "!2023/unnamed-bureau-2023.txt", unnamed.path("path").asText());
        assertEquals(OfflineAudit.sha256(Files.readAllBytes(SAMPLES.resolve("unnamed-bureau-2023.txt"))),
                unnamed.path("documentId").asText(), "the entry's id is that of its bytes");
        assertEquals(KNOWN.get("unnamed-bureau-2023.txt"), ids(unnamed));
        JsonNode escape = run.named("escape.txt");
        assertEquals("failed", escape.path("status").asText());
        assertTrue(escape.path("failure").path("reason").asText().contains("climbs out"), escape.toString());
        assertEquals(AuditCommand.FINDINGS, run.status());
    }

    @Test
    void twoYearsOfOneAgencyAreComparedYearOnYear() throws IOException {
        Path y2021 = SAMPLES.resolve("dushanzi-urban-management-2021.txt");
        // the agency's next report: the same prose (PROSE-003), one application carried over although 2021
        // forwarded none (YEAR-001)
        String text = Files.readString(y2021).replace("2021年", "2022年").replace(
                "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
        assertTrue(text.contains("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |"), "the sample's carried-over row was changed");
        Path y2022 = Files.writeString(tmp.resolve("dushanzi-urban-management-2022.txt"), text);

        Run alone = run(y2022.toString());
        JsonNode single = alone.only();
        assertEquals(2022, single.path("year").asInt());
        assertTrue(ids(single).stream().noneMatch(id -> id.startsWith("YEAR-") || id.startsWith("PROSE-003")),
                "nothing to compare with");
        JsonNode carry = StreamSupport.stream(single.path("audit").path("ruleResults").spliterator(), false)
                .filter(x -> x.path("ruleId").asText().equals("YEAR-001")).findFirst().orElseThrow();
        assertEquals("NOT_ASSESSABLE", carry.path("outcome").asText());
        assertEquals("previous-year", carry.path("missing").get(0).asText());

        for (Run together : List.of(run(y2021.toString(), y2022.toString()), run(y2022.toString(), y2021.toString()))) {
            JsonNode later = together.named("dushanzi-urban-management-2022.txt");
            JsonNode year = finding(later, "YEAR-001");
            assertEquals("natural_person", year.path("location").path("column").asText());
            assertEquals("0", year.path("expected").asText());
            assertEquals("1", year.path("actual").asText());
            assertEquals("100%", finding(later, "PROSE-003").path("actual").asText());
            JsonNode earlier = together.named("dushanzi-urban-management-2021.txt");
            assertEquals(earlier.path("documentId").asText(),
                    later.path("audit").path("comparedWith").path("documentId").asText());
            assertEquals(2021, later.path("audit").path("comparedWith").path("year").asInt());
            assertEquals(List.of("COMP-007"), ids(earlier), "2021 has no predecessor here");
            assertEquals(AuditCommand.FINDINGS, together.status());
        }
    }

    @Test
    void prettyPrintsIndentedObjects() throws IOException {
        Run run = run("--pretty", sample("dushanzi-urban-management-2021.txt"), sample("wusu-urban-management-2023.txt"));
        assertEquals(2, run.results().size());
        assertTrue(run.stdout().startsWith("{\n"), run.stdout().substring(0, 20));
        assertTrue(run.stdout().contains("}\n\n{"));
    }

    @Test
    void jsonLinesAreOneObjectPerLine() throws IOException {
        Run run = run(sample("dushanzi-urban-management-2021.txt"), sample("wusu-urban-management-2023.txt"));
        String[] lines = run.stdout().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            assertTrue(JSON.readTree(line).isObject());
        }
        assertFalse(run.stdout().contains("StatusLogger"), "no logging on stdout");
    }
}
