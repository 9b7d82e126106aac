package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ogi.audit.copying.SectionCopy;
import ogi.contracts.report.Cell;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;
import ogi.contracts.template.ReportTemplate;

/**
 * What a rule sees: the document id, its parsed report, the template it follows, and the same agency's report for
 * the previous year when one has been seen (else null). It also records, for the rule's result, which cells were
 * missing ({@code missing}: the row or table is not in the report, or a cell holds text), which cells were blank
 * ({@code blank}: written blank in a row that is there) and how many relations the rule could check
 * ({@code assessed}).
 */
public record AuditContext(String documentId, Report report, ReportTemplate template, Report previous,
        List<SectionCopy> copies, Set<String> missing, Set<String> blank, int[] assessed) {

    /** The marker of a rule that needed the previous year's report and had none. */
    public static final String PREVIOUS_YEAR = "previous-year";

    /** Words agencies write in a number cell for nothing (besides the blank markers): blank, not text. */
    static final Set<String> BLANK_WORDS = Set.of("", "/", "／", "-", "－", "—", "——", "–", "&nbsp;", "\u00a0",
            "无", "暂无", "没有", "空");

    /** How a cell stands: a number; blank (written blank, or left out, in a row the report has); missing; text. */
    public enum CellState {
        FILLED, BLANK, MISSING, TEXT
    }

    /** The marker of a rule that needed other agencies' reports and had no index of them (the offline audit). */
    public static final String OTHER_AGENCIES = "other-agencies";

    public AuditContext(String documentId, Report report, ReportTemplate template, Report previous) {
        this(documentId, report, template, previous, null);
    }

    /**
     * {@code copies}: the report's sections that are near-duplicates of other agencies' reports of the year, or null
     * when they were not looked for.
     */
    public AuditContext(String documentId, Report report, ReportTemplate template, Report previous,
            List<SectionCopy> copies) {
        this(documentId, report, template, previous, copies, new LinkedHashSet<>(), new LinkedHashSet<>(),
                new int[1]);
    }

    /** The older format's key of （六）其他处理 written as one row (a 2021 table may keep that row). */
    public static final String ONE_ROW_OTHER_PROCESSING = "other_processing";
    /** The group of the three sub-rows that row stands for in the 2021 format. */
    public static final String OTHER_PROCESSING_GROUP = "（六）其他处理";

    /**
     * True when the report's Table 2 gives （六）其他处理 as one row without its sub-rows although the template
     * has sub-rows (a 2021 report keeping the older row): the sub-rows are not missing, the row stands for them.
     */
    public boolean oneRowOtherProcessing() {
        ReportTable t = report.table("table2");
        TableRow r = t == null || !t.found() ? null : t.row(ONE_ROW_OTHER_PROCESSING);
        return r != null && r.found() && template.table("table2").rows().stream()
                .noneMatch(s -> s.key().equals(ONE_ROW_OTHER_PROCESSING));
    }

    /**
     * Rows of a table named by the template, as the report gives them: the sub-rows of （六）其他处理 replaced by
     * the one row when the report writes it so ({@link #oneRowOtherProcessing}).
     */
    public List<String> rowsAsGiven(String table, List<String> rows) {
        if (!"table2".equals(table) || !oneRowOtherProcessing()) {
            return rows;
        }
        var spec = template.table(table);
        List<String> given = new ArrayList<>();
        for (String row : rows) {
            boolean sub = spec.rows().stream().anyMatch(r -> r.key().equals(row)
                    && OTHER_PROCESSING_GROUP.equals(r.group()));
            String key = sub ? ONE_ROW_OTHER_PROCESSING : row;
            if (!sub || !given.contains(key)) {
                given.add(key);
            }
        }
        return given;
    }

    /** The template's rows of a table, followed by the one row （六）其他处理 when the report writes it so. */
    public List<ReportTemplate.RowSpec> rowsAsGiven(String table) {
        List<ReportTemplate.RowSpec> rows = new ArrayList<>(template.table(table).rows());
        if ("table2".equals(table) && oneRowOtherProcessing()) {
            ReportTemplate.RowSpec like = template.table(table).row("total_handled");
            rows.add(new ReportTemplate.RowSpec(ONE_ROW_OTHER_PROCESSING, OTHER_PROCESSING_GROUP, List.of(),
                    like.columns(), null, like.block(), like.unit(), true));
        }
        return rows;
    }

    /** The template's label of a row, or the report's for a row the template does not have. */
    public String rowLabel(String table, String row) {
        return template.table(table).rows().stream().filter(r -> r.key().equals(row)).map(r -> r.label())
                .findFirst().orElseGet(() -> {
                    ReportTable t = report.table(table);
                    TableRow r = t == null ? null : t.row(row);
                    return r == null ? row : r.label();
                });
    }

    /** The same report for the next rule, with its own record of missing and blank cells. */
    public AuditContext forRule() {
        return new AuditContext(documentId, report, template, previous, copies);
    }

    /** The report's copied sections, or null when none were looked for (noted as {@link #OTHER_AGENCIES}). */
    @Override
    public List<SectionCopy> copies() {
        if (copies == null) {
            missing.add(OTHER_AGENCIES);
        }
        return copies;
    }

    /**
     * The number in a cell, or null when the cell is missing, blank or holds no number; a null is noted (as missing
     * or as blank), so that a rule that found nothing can say it could not check (not assessable) and which cells
     * stopped it.
     */
    public BigDecimal value(String table, String row, String column) {
        BigDecimal v = valueIn(report, table, row, column);
        if (v == null) {
            (state(table, row, column) == CellState.BLANK ? blank : missing).add(key(table, row, column));
        }
        return v;
    }

    static String key(String table, String row, String column) {
        return table + "/" + row + "/" + (column == null ? "" : column);
    }

    /** How the report gives the cell; see {@link CellState}. */
    public CellState state(String table, String row, String column) {
        return stateIn(report, table, row, column);
    }

    static CellState stateIn(Report report, String table, String row, String column) {
        ReportTable t = report.table(table);
        TableRow r = t == null || !t.found() ? null : t.row(row);
        if (r == null || !r.found()) {
            return CellState.MISSING;
        }
        Cell cell = r.cells().get(column);
        if (cell == null) {
            return r.cells().containsKey(column) ? CellState.BLANK : CellState.MISSING;
        }
        if (cell.value() != null) {
            return CellState.FILLED;
        }
        return cell.raw() == null || isBlankText(cell.raw()) ? CellState.BLANK : CellState.TEXT;
    }

    /** True for the ways a cell is written blank: empty, /, -, —, &amp;nbsp;, 无. */
    public static boolean isBlankText(String raw) {
        return BLANK_WORDS.contains(raw.strip());
    }

    /** Counts one relation the rule could check. */
    void assessedOne() {
        assessed[0]++;
    }

    /** Notes cells of a relation that could not be checked because they were blank. */
    void blankCells(List<String> keys) {
        blank.addAll(keys);
    }

    /** The agency's report for the year before, or null (noted as {@link #PREVIOUS_YEAR}: the rule asked for it). */
    @Override
    public Report previous() {
        if (previous == null) {
            missing.add(PREVIOUS_YEAR);
        }
        return previous;
    }

    /** The number in a cell of last year's report, or null when there is none (noted as {@link #PREVIOUS_YEAR}). */
    public BigDecimal previousValue(String table, String row, String column) {
        if (previous == null) {
            missing.add(PREVIOUS_YEAR);
            return null;
        }
        return valueIn(previous, table, row, column);
    }

    private static BigDecimal valueIn(Report report, String table, String row, String column) {
        ReportTable t = report.table(table);
        Cell cell = t == null ? null : t.cell(row, column);
        return cell == null ? null : cell.value();
    }

    /** Sum of the cells, or null when any has no number (noted as missing or blank). */
    public BigDecimal sum(String table, List<String> rows, String column) {
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (String row : rows) {
            BigDecimal v = value(table, row, column);
            if (v == null) {
                complete = false;
            } else {
                total = total.add(v);
            }
        }
        return complete ? total : null;
    }

    /** Sum of one row's cells over the columns, or null when any has no number (noted as missing or blank). */
    public BigDecimal rowSum(String table, String row, List<String> columns) {
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (String column : columns) {
            BigDecimal v = value(table, row, column);
            if (v == null) {
                complete = false;
            } else {
                total = total.add(v);
            }
        }
        return complete ? total : null;
    }

    public List<ProseFigure> figures(String kind) {
        return report.proseFigures().stream().filter(f -> Objects.equals(f.kind(), kind)).toList();
    }

    public static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
