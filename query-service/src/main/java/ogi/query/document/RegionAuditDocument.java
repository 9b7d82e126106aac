package ogi.query.document;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ogi.contracts.event.Severity;
import ogi.contracts.rules.RuleTexts;
import ogi.contracts.template.ReportTemplate;
import ogi.query.api.RegionYear;
import ogi.query.api.RegionYear.RankedAgency;
import ogi.query.document.AuditDocument.Block;
import ogi.query.document.AuditDocument.Cell;
import ogi.query.document.AuditDocument.Heading;
import ogi.query.document.AuditDocument.Paragraph;
import ogi.query.document.AuditDocument.Table;
import ogi.query.document.AuditDocument.Tone;

/**
 * A region's year as a document: the figures summed over its agencies' reports, the agencies ranked by errors, the
 * problems found most often (by rule, in words), and each agency with errors and what they were.
 */
public final class RegionAuditDocument {
    /** The ranking shows at most this many agencies; the document says how many there are in all. */
    public static final int RANKED = 200;
    private static final ReportTemplate TEMPLATE = ReportTemplate.v2021();

    /** How many findings of a rule at a severity one report has. */
    public record Count(String documentId, String ruleId, Severity severity, long findings) {
    }

    private final RegionYear region;
    private final List<Count> counts;
    private final Words words = new Words(TEMPLATE);
    private final List<Block> blocks = new ArrayList<>();

    private RegionAuditDocument(RegionYear region, List<Count> counts) {
        this.region = region;
        this.counts = counts;
    }

    public static AuditDocument of(RegionYear region, List<Count> counts) {
        return new RegionAuditDocument(region, counts).build();
    }

    private AuditDocument build() {
        summary();
        ranking();
        problems();
        agenciesWithErrors();
        return new AuditDocument(region.region().name() + " " + region.year() + " 年度政府信息公开工作年度报告审核汇总",
                "Audit of a region's annual reports on open government information, " + region.year(),
                region.region().path() + " · " + region.year() + " 年度审核汇总", blocks);
    }

    private void summary() {
        blocks.add(new Heading(1, "一、概况 Overview"));
        long withErrors = region.agencies().stream().filter(a -> a.errors() > 0).count();
        List<List<Cell>> rows = new ArrayList<>();
        row(rows, "地区 Region", region.region().path() + "（" + region.region().code() + "）");
        row(rows, "年度 Year", String.valueOf(region.year()));
        row(rows, "报告数 Reports", String.valueOf(region.reports()));
        row(rows, "有错误的报告 Reports with errors", withErrors + "（" + share(withErrors, region.reports()) + "）");
        row(rows, "错误 Errors", String.valueOf(region.findings().getOrDefault("error", 0L)));
        row(rows, "警告 Warnings", String.valueOf(region.findings().getOrDefault("warning", 0L)));
        row(rows, "提示 Notes", String.valueOf(region.findings().getOrDefault("info", 0L)));
        blocks.add(new Table(null, List.of(0.45f, 0.55f), List.of("项目 Item", "数值 Figure"), rows));

        blocks.add(new Heading(2, "各报告数据合计 The reports' figures summed"));
        List<List<Cell>> figures = new ArrayList<>();
        region.applications().forEach((k, v) -> figure(figures, words.row("table2", k), v));
        region.outcomes().forEach((k, v) -> figure(figures, words.row("table2", k), v));
        region.reviewAndLitigation().forEach((k, v) -> figure(figures, words.column("table3", k), v));
        blocks.add(new Table(null, List.of(0.75f, 0.25f), List.of("项目（表二、表三） Item", "合计 Total"), figures));
    }

    private void ranking() {
        blocks.add(new Heading(1, "二、机关排名（按错误、警告数） Agencies ranked by errors, then warnings"));
        if (region.agencies().isEmpty()) {
            blocks.add(Paragraph.of("本地区该年度没有报告。 No reports for this region and year."));
            return;
        }
        List<RankedAgency> shown = region.agencies().subList(0, Math.min(RANKED, region.agencies().size()));
        if (region.agenciesRanked() > shown.size()) {
            blocks.add(Paragraph.of("共 " + region.agenciesRanked() + " 个机关，列出前 " + shown.size() + " 个。"));
            blocks.add(new Paragraph(region.agenciesRanked() + " agencies in all; the first " + shown.size()
                    + " are listed.", Tone.SECONDARY));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (RankedAgency a : shown) {
            rows.add(List.of(Cell.of(String.valueOf(a.rank())), Cell.label(text(a.agency())),
                    Cell.of(text(a.division())), new Cell(String.valueOf(a.errors()), a.errors() > 0, false),
                    Cell.of(String.valueOf(a.warnings()))));
        }
        blocks.add(new Table(null, List.of(0.08f, 0.37f, 0.35f, 0.1f, 0.1f),
                List.of("名次 Rank", "机关 Agency", "行政区划 Division", "错误 Errors", "警告 Warnings"), rows));
    }

    private void problems() {
        blocks.add(new Heading(1, "三、最常见的问题 The problems found most often"));
        Map<String, long[]> byRule = new LinkedHashMap<>();
        Map<String, TreeSet<String>> reportsByRule = new LinkedHashMap<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        for (Count c : counts) {
            byRule.computeIfAbsent(c.ruleId(), k -> new long[1])[0] += c.findings();
            reportsByRule.computeIfAbsent(c.ruleId(), k -> new TreeSet<>()).add(c.documentId());
            severity.merge(c.ruleId(), c.severity(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
        }
        if (byRule.isEmpty()) {
            blocks.add(Paragraph.of("未发现问题。 No findings."));
            return;
        }
        List<String> rules = new ArrayList<>(byRule.keySet());
        rules.sort(Comparator.comparingInt((String r) -> reportsByRule.get(r).size()).reversed()
                .thenComparing(Comparator.comparingLong((String r) -> byRule.get(r)[0]).reversed())
                .thenComparing(Comparator.naturalOrder()));
        List<List<Cell>> rows = new ArrayList<>();
        for (String rule : rules) {
            int reports = reportsByRule.get(rule).size();
            rows.add(List.of(Cell.label(rule(rule)), Cell.of(Words.severityOne(severity.get(rule))),
                    Cell.of(reports + "（" + share(reports, region.reports()) + "）"),
                    Cell.of(String.valueOf(byRule.get(rule)[0]))));
        }
        blocks.add(new Table(null, List.of(0.55f, 0.1f, 0.2f, 0.15f),
                List.of("问题 Problem", "级别 Severity", "涉及报告 Reports", "发现数 Findings"), rows));
    }

    private void agenciesWithErrors() {
        blocks.add(new Heading(1, "四、存在错误的机关 Agencies with errors"));
        List<RankedAgency> withErrors = region.agencies().stream().filter(a -> a.errors() > 0).toList();
        if (withErrors.isEmpty()) {
            blocks.add(Paragraph.of("没有机关的报告存在错误。 No agency's report has an error."));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (RankedAgency a : withErrors) {
            List<String> problems = counts.stream()
                    .filter(c -> c.severity() == Severity.ERROR && c.documentId().equals(a.documentId()))
                    .sorted(Comparator.comparing(Count::ruleId))
                    .map(c -> RuleTexts.of(c.ruleId()).map(RuleTexts.RuleText::descriptionZh).orElse(c.ruleId())
                            + (c.findings() > 1 ? " ×" + c.findings() : ""))
                    .toList();
            rows.add(List.of(Cell.label(text(a.agency())), Cell.of(String.valueOf(a.errors())),
                    Cell.of(problems.isEmpty() ? "—" : String.join("\n", problems))));
        }
        blocks.add(new Table(null, List.of(0.32f, 0.1f, 0.58f),
                List.of("机关 Agency", "错误 Errors", "错误所涉问题 What the errors are"), rows));
    }

    private static String rule(String ruleId) {
        return RuleTexts.of(ruleId).map(t -> t.descriptionZh() + "\n" + t.descriptionEn()).orElse("")
                + "（" + ruleId + "）";
    }

    private static void row(List<List<Cell>> rows, String label, String value) {
        rows.add(List.of(Cell.label(label), Cell.of(value)));
    }

    private static void figure(List<List<Cell>> rows, String label, Double value) {
        if (label == null) {
            return;
        }
        rows.add(List.of(Cell.label(label), Cell.of(value == null ? "—" : new DecimalFormat("#,##0.##").format(value))));
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "—" : Math.round(part * 100.0 / whole) + "%";
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }
}
