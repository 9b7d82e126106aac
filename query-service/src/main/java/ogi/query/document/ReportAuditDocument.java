package ogi.query.document;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.event.Severity;
import ogi.contracts.report.Cell;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;
import ogi.contracts.rules.RuleTexts;
import ogi.contracts.template.ReportTemplate;
import ogi.query.api.Audit;
import ogi.query.api.AuditFinding;
import ogi.query.api.ReportDetail;
import ogi.query.api.ReportSummary;
import ogi.query.api.Review;
import ogi.query.document.AuditDocument.Block;
import ogi.query.document.AuditDocument.Heading;
import ogi.query.document.AuditDocument.Paragraph;
import ogi.query.document.AuditDocument.Table;
import ogi.query.document.AuditDocument.Tone;

/**
 * One report's audit as a document for a reader who does not know the system: what report it is, its three tables
 * as read with the cells the findings point at marked, the findings grouped by severity and by the report's section,
 * every rule's result in words, and the reviewers' decisions. Labels come from the report's template, rule texts
 * from the rule catalogue; no internal key is shown.
 */
public final class ReportAuditDocument {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** The marker after a flagged cell's value; the legend explains it. */
    public static final String FLAG = "※";
    private static final Pattern CELL_PATH = Pattern.compile("\\b(table[123])/([a-z_]*)/([a-z_]*)");
    private static final Pattern KEY = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");

    private final ReportDetail detail;
    private final ReportTemplate template;
    private final Words words;
    private final List<Block> blocks = new ArrayList<>();

    private ReportAuditDocument(ReportDetail detail) {
        this.detail = detail;
        String version = detail.report() != null && detail.report().metadata() != null
                ? detail.report().metadata().template() : detail.summary().template();
        this.template = ReportTemplate.forVersion(version);
        this.words = new Words(template);
    }

    public static AuditDocument of(ReportDetail detail) {
        return new ReportAuditDocument(detail).build();
    }

    private AuditDocument build() {
        ReportSummary s = detail.summary();
        List<AuditFinding> findings = findings();
        metadata(s, findings);
        tables(findings);
        findingsBySeverity(findings);
        ruleResults();
        reviews(findings);
        String head = text(s.agency()) + " · " + text(s.year()) + " 年度报告审核结果";
        return new AuditDocument("政府信息公开工作年度报告审核结果",
                "Audit of an annual report on open government information", head, blocks);
    }

    private List<AuditFinding> findings() {
        Audit audit = detail.audit();
        return audit == null || audit.findings() == null ? List.of() : audit.findings();
    }

    private void metadata(ReportSummary s, List<AuditFinding> findings) {
        blocks.add(new Heading(1, "一、报告基本情况 The report"));
        Report report = detail.report();
        List<List<AuditDocument.Cell>> rows = new ArrayList<>();
        row(rows, "发布机关 Agency", text(s.agency()));
        row(rows, "报告年度 Year", text(s.year()));
        row(rows, "行政区划 Division", s.division() == null ? text(s.region()) : s.division().path());
        if (report != null && report.metadata() != null && report.metadata().publicationDate() != null) {
            row(rows, "发布日期 Published", report.metadata().publicationDate().toString());
        }
        row(rows, "报告格式 Template", "2019".equals(s.template()) ? "2019年版（国办公开办函〔2019〕60号）"
                : s.template() == null ? "未识别 not recognised" : "2021年版（国办公开办函〔2021〕30号）");
        row(rows, "文件 File", text(s.fileName()) + (s.format() == null ? "" : "（" + s.format() + "）"));
        row(rows, "处理状态 Status", status(s.status()));
        Audit audit = detail.audit();
        if (audit != null) {
            row(rows, "审核时间 Audited", audit.auditedAt() == null ? "—" : WHEN.format(audit.auditedAt()) + "（北京时间）");
            row(rows, "规则目录版本 Rules version", text(audit.catalogueVersion()));
        }
        row(rows, "文档编号 Document id", s.documentId());
        blocks.add(new Table(null, List.of(0.3f, 0.7f), List.of("项目 Item", "内容 Value"), rows));

        Map<Severity, Long> counts = countBySeverity(findings);
        long passed = results(RuleOutcome.PASSED), failed = results(RuleOutcome.FAILED),
                unchecked = results(RuleOutcome.NOT_ASSESSABLE);
        if (audit == null) {
            blocks.add(Paragraph.of("本报告尚未完成审核。"));
            blocks.add(new Paragraph("The report has not been audited yet.", Tone.SECONDARY));
        } else {
            blocks.add(Paragraph.of("审核共发现错误 " + counts.get(Severity.ERROR) + " 项、警告 "
                    + counts.get(Severity.WARNING) + " 项、提示 " + counts.get(Severity.INFO) + " 项；" + passed
                    + " 条规则通过，" + failed + " 条未通过，" + unchecked + " 条无法检查。"));
            blocks.add(new Paragraph("The audit found " + plural(counts.get(Severity.ERROR), "error") + ", "
                    + plural(counts.get(Severity.WARNING), "warning") + " and " + plural(counts.get(Severity.INFO),
                            "note") + "; " + plural(passed, "rule") + " passed, " + failed + " failed, " + unchecked
                    + " could not be checked.", Tone.SECONDARY));
        }
        if (s.failure() != null) {
            blocks.add(Paragraph.of("处理失败 Failed: " + text(s.failure().reason())));
        }
    }

    private long results(RuleOutcome outcome) {
        Audit audit = detail.audit();
        return audit == null || audit.ruleResults() == null ? 0
                : audit.ruleResults().stream().filter(r -> r.outcome() == outcome).count();
    }

    static Map<Severity, Long> countBySeverity(List<AuditFinding> findings) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity v : Severity.values()) {
            counts.put(v, findings.stream().filter(f -> f.finding().severity() == v).count());
        }
        return counts;
    }

    private void tables(List<AuditFinding> findings) {
        blocks.add(new Heading(1, "二、报告中的三张表（按报告所载） The three tables as read"));
        blocks.add(Paragraph.of("底色标红并带" + FLAG + "的单元格为审核发现所指；“—”表示报告未填写该项，空白表示该行不含此列。"));
        blocks.add(new Paragraph("Cells shaded red and marked " + FLAG + " are those the findings point at; "
                + "“—” means the report gives no value; a blank cell is not part of that row.", Tone.SECONDARY));
        Report report = detail.report();
        if (report == null) {
            blocks.add(Paragraph.of("报告尚未解析，没有表格数据。 The report has not been read yet."));
            return;
        }
        Set<String> flagged = flaggedCells(findings);
        for (ReportTemplate.TableSpec spec : template.tables()) {
            ReportTable table = report.table(spec.id());
            blocks.add(new Heading(2, words.table(spec.id())));
            if (table == null || !table.found()) {
                blocks.add(Paragraph.of("报告中未找到此表。 The report does not contain this table."));
                continue;
            }
            blocks.add(spec.id().equals("table3") ? transposed(spec, table, flagged) : grid(spec, table, flagged));
        }
    }

    /** A table as the template lays it out: a row per template row, a column per template column. */
    private Table grid(ReportTemplate.TableSpec spec, ReportTable table, Set<String> flagged) {
        List<String> header = new ArrayList<>(List.of("项目"));
        spec.columns().forEach(c -> header.add(c.label()));
        int n = spec.columns().size();
        float labelShare = n > 6 ? 0.3f : 0.25f;
        List<Float> widths = new ArrayList<>(List.of(labelShare));
        for (int i = 0; i < n; i++) {
            widths.add((1 - labelShare) / n);
        }
        List<List<AuditDocument.Cell>> rows = new ArrayList<>();
        for (ReportTemplate.RowSpec rowSpec : spec.rows()) {
            TableRow row = table.row(rowSpec.key());
            List<AuditDocument.Cell> cells = new ArrayList<>();
            String label = words.row(spec.id(), rowSpec.key());
            cells.add(AuditDocument.Cell.label(row == null || !row.found() ? label + "（未找到 not found）" : label));
            List<String> own = rowSpec.columns() == null || rowSpec.columns().isEmpty()
                    ? spec.columns().stream().map(ReportTemplate.ColumnSpec::key).toList() : rowSpec.columns();
            for (ReportTemplate.ColumnSpec column : spec.columns()) {
                if (!own.contains(column.key())) {
                    cells.add(AuditDocument.Cell.of(""));
                    continue;
                }
                cells.add(cell(row, spec.id(), rowSpec.key(), column.key(), flagged));
            }
            rows.add(cells);
        }
        return new Table(null, widths, header, rows);
    }

    /** Table 3 has one row of fifteen columns: set as fifteen lines, label and figure, so it stays readable. */
    private Table transposed(ReportTemplate.TableSpec spec, ReportTable table, Set<String> flagged) {
        List<List<AuditDocument.Cell>> rows = new ArrayList<>();
        for (ReportTemplate.RowSpec rowSpec : spec.rows()) {
            TableRow row = table.row(rowSpec.key());
            for (ReportTemplate.ColumnSpec column : spec.columns()) {
                rows.add(List.of(AuditDocument.Cell.label(column.label()),
                        cell(row, spec.id(), rowSpec.key(), column.key(), flagged)));
            }
        }
        return new Table(null, List.of(0.7f, 0.3f), List.of("项目 Item", "案件数 Cases"), rows);
    }

    private static AuditDocument.Cell cell(TableRow row, String table, String rowKey, String columnKey,
            Set<String> flagged) {
        Cell c = row == null || row.cells() == null ? null : row.cells().get(columnKey);
        String text = value(c);
        boolean marked = flagged.contains(table + "/" + rowKey + "/" + columnKey)
                || flagged.contains(table + "/" + rowKey + "/") || flagged.contains(table + "//" + columnKey);
        return new AuditDocument.Cell(marked ? text + " " + FLAG : text, marked, false);
    }

    static String value(Cell c) {
        if (c == null) {
            return "—";
        }
        if (c.value() != null) {
            BigDecimal v = c.value().stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString() + (c.unit() == null ? "" : c.unit());
        }
        return c.raw() == null || c.raw().isBlank() ? "—" : c.raw().strip();
    }

    /** The cells the findings point at as {@code table/row/column}; a row or a column alone as {@code table/row/}. */
    private static Set<String> flaggedCells(List<AuditFinding> findings) {
        Set<String> flagged = new HashSet<>();
        for (AuditFinding f : findings) {
            List<Location> all = new ArrayList<>();
            if (f.finding().location() != null) {
                all.add(f.finding().location());
            }
            if (f.finding().cells() != null) {
                all.addAll(f.finding().cells());
            }
            for (Location at : all) {
                if (at.table() != null && (at.row() != null || at.column() != null)) {
                    flagged.add(at.table() + "/" + nz(at.row()) + "/" + nz(at.column()));
                }
            }
        }
        return flagged;
    }

    private void findingsBySeverity(List<AuditFinding> findings) {
        blocks.add(new Heading(1, "三、审核发现 Findings"));
        if (findings.isEmpty()) {
            blocks.add(Paragraph.of(detail.audit() == null ? "尚未审核。 Not audited yet."
                    : "未发现问题。 No findings."));
            return;
        }
        int n = 0;
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            List<AuditFinding> of = findings.stream().filter(f -> f.finding().severity() == severity).toList();
            if (of.isEmpty()) {
                continue;
            }
            blocks.add(new Heading(2, Words.severity(severity) + "（" + of.size() + "）"));
            Map<Integer, List<AuditFinding>> bySection = new TreeMap<>();
            for (AuditFinding f : of) {
                bySection.computeIfAbsent(sectionOf(f.finding().location()), k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<Integer, List<AuditFinding>> e : bySection.entrySet()) {
                blocks.add(new Heading(3, e.getKey() == 0 ? "报告整体 The report as a whole"
                        : words.section(e.getKey()) + "  Section " + e.getKey()));
                List<AuditFinding> sorted = new ArrayList<>(e.getValue());
                sorted.sort(Comparator.comparing((AuditFinding f) -> f.finding().ruleId()));
                for (AuditFinding f : sorted) {
                    finding(++n, f);
                }
            }
        }
    }

    /** The report's section a finding belongs to: its own, or the one holding its table; 0 for the whole report. */
    private static int sectionOf(Location at) {
        if (at == null) {
            return 0;
        }
        if (at.section() != null) {
            return at.section();
        }
        if (at.table() == null) {
            return 0;
        }
        return switch (at.table()) {
            case "table1" -> 2;
            case "table2" -> 3;
            case "table3" -> 4;
            default -> 0;
        };
    }

    private void finding(int n, AuditFinding reviewed) {
        Finding f = reviewed.finding();
        String rule = RuleTexts.of(f.ruleId()).map(RuleTexts.RuleText::descriptionZh).orElse("规则");
        blocks.add(new Paragraph(n + ". 【" + Words.severityOne(f.severity()) + "】" + rule + "（" + f.ruleId() + "）",
                Tone.STRONG));
        if (f.messageZh() != null) {
            blocks.add(Paragraph.of(f.messageZh()));
        }
        if (f.messageEn() != null) {
            blocks.add(new Paragraph(readable(f.messageEn()), Tone.SECONDARY));
        }
        blocks.add(Paragraph.of("位置 Where: " + place(f.location())));
        if (f.expected() != null || f.actual() != null) {
            blocks.add(Paragraph.of("应为 Expected: " + text(f.expected()) + "；实为 Actual: " + text(f.actual())));
        }
        if (f.cells() != null && f.cells().size() > 1) {
            List<String> cells = f.cells().stream().map(c -> words.cell(c.table(), c.row(), c.column())).toList();
            blocks.add(Paragraph.of("涉及单元格 Cells read: " + String.join("；", cells)));
        }
        Review review = reviewed.review();
        if (review != null) {
            blocks.add(Paragraph.of("复核 Review: " + Words.decision(review.decision())
                    + (review.reason() == null ? "" : "——" + review.reason()) + "（" + text(review.reviewer())
                    + (review.reviewedAt() == null ? "" : "，" + WHEN.format(review.reviewedAt())) + "）"));
        }
    }

    private String place(Location at) {
        if (at != null && at.table() == null && at.section() == null && at.row() != null) {
            return switch (at.row()) {
                case "agency" -> "报告信息：发布机关 the agency's name";
                case "year" -> "报告信息：报告年度 the year reported on";
                case "publicationDate" -> "报告信息：发布日期 the publication date";
                case "prose" -> "正文 the report's text";
                default -> "报告整体 the report as a whole";
            };
        }
        return words.place(at);
    }

    /** English messages may name cells by key: the template's labels instead. */
    private String readable(String message) {
        Matcher path = CELL_PATH.matcher(message);
        StringBuilder b = new StringBuilder();
        while (path.find()) {
            path.appendReplacement(b, Matcher.quoteReplacement(words.cell(path.group(1),
                    path.group(2).isEmpty() ? null : path.group(2), path.group(3).isEmpty() ? null : path.group(3))));
        }
        path.appendTail(b);
        Matcher key = KEY.matcher(b.toString());
        StringBuilder out = new StringBuilder();
        while (key.find()) {
            key.appendReplacement(out, Matcher.quoteReplacement(label(key.group())));
        }
        key.appendTail(out);
        return out.toString();
    }

    private String label(String key) {
        for (ReportTemplate.TableSpec t : template.tables()) {
            for (ReportTemplate.RowSpec r : t.rows()) {
                if (r.key().equals(key)) {
                    return "「" + r.label() + "」";
                }
            }
            for (ReportTemplate.ColumnSpec c : t.columns()) {
                if (c.key().equals(key)) {
                    return "「" + c.label() + "」";
                }
            }
        }
        return key;
    }

    private void ruleResults() {
        blocks.add(new Heading(1, "四、各项规则的检查结果 Each rule's result"));
        Audit audit = detail.audit();
        if (audit == null || audit.ruleResults() == null || audit.ruleResults().isEmpty()) {
            blocks.add(Paragraph.of("没有规则结果（审核前的版本未记录）。 No rule results were recorded."));
            return;
        }
        List<List<AuditDocument.Cell>> rows = new ArrayList<>();
        for (RuleResult r : audit.ruleResults()) {
            var text = RuleTexts.of(r.ruleId());
            String rule = text.map(t -> t.descriptionZh() + "\n" + t.descriptionEn()).orElse("")
                    + "（" + r.ruleId() + "）";
            String why = switch (r.outcome() == null ? RuleOutcome.NOT_ASSESSABLE : r.outcome()) {
                case PASSED -> "检查无误 checked, nothing found";
                case FAILED -> r.findings() + " 项发现 finding" + (r.findings() == 1 ? "" : "s");
                case NOT_ASSESSABLE -> r.missing() == null || r.missing().isEmpty()
                        ? "所需单元格均为空白 the cells it needs are blank"
                        : String.join("；", r.missing().stream().map(words::missing).toList());
            };
            rows.add(List.of(AuditDocument.Cell.label(rule),
                    new AuditDocument.Cell(Words.outcome(r.outcome()), r.outcome() == RuleOutcome.FAILED, false),
                    AuditDocument.Cell.of(why)));
        }
        blocks.add(new Table(null, List.of(0.45f, 0.17f, 0.38f), List.of("规则 Rule", "结果 Result", "说明 Why"),
                rows));
    }

    private void reviews(List<AuditFinding> findings) {
        blocks.add(new Heading(1, "五、复核决定 Reviewers' decisions"));
        List<AuditFinding> reviewed = findings.stream().filter(f -> f.review() != null).toList();
        if (reviewed.isEmpty()) {
            blocks.add(Paragraph.of("尚无复核决定。 No finding has been reviewed yet."));
            return;
        }
        List<List<AuditDocument.Cell>> rows = new ArrayList<>();
        for (AuditFinding f : reviewed) {
            Review r = f.review();
            rows.add(List.of(AuditDocument.Cell.label(RuleTexts.of(f.finding().ruleId())
                    .map(RuleTexts.RuleText::descriptionZh).orElse("") + "（" + f.finding().ruleId() + "）\n"
                    + place(f.finding().location())),
                    AuditDocument.Cell.of(Words.decision(r.decision())), AuditDocument.Cell.of(text(r.reason())),
                    AuditDocument.Cell.of(text(r.reviewer()) + (r.reviewedAt() == null ? ""
                            : "\n" + WHEN.format(r.reviewedAt())))));
        }
        blocks.add(new Table(null, List.of(0.4f, 0.17f, 0.25f, 0.18f),
                List.of("发现 Finding", "决定 Decision", "理由 Reason", "复核人 Reviewer"), rows));
    }

    private static void row(List<List<AuditDocument.Cell>> rows, String label, String value) {
        rows.add(List.of(AuditDocument.Cell.label(label), AuditDocument.Cell.of(value)));
    }

    private static String status(String status) {
        if (status == null) {
            return "—";
        }
        return switch (status) {
            case "received" -> "已接收 received";
            case "parsed" -> "已解析 parsed";
            case "audited" -> "已审核 audited";
            case "failed" -> "处理失败 failed";
            default -> status;
        };
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String text(Object o) {
        return o == null ? "—" : String.valueOf(o);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
