package ogi.query.document;

import java.util.List;
import java.util.Locale;

import ogi.contracts.event.Location;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.Severity;
import ogi.contracts.template.ReportTemplate;

/**
 * The system's keys in the words a reader knows: the template's table titles and row and column labels instead of
 * {@code table2/carried_over/commercial}, severities, rule outcomes and review decisions in Chinese with English.
 */
final class Words {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ReportTemplate template;

    Words(ReportTemplate template) {
        this.template = template;
    }

    static String numeral(int n) {
        return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n);
    }

    /** 表二 收到和处理政府信息公开申请情况. */
    String table(String tableId) {
        ReportTemplate.TableSpec spec = spec(tableId);
        if (spec == null) {
            return "表格";
        }
        return "表" + numeral(template.tables().indexOf(spec) + 1) + " " + spec.title();
    }

    /** A row's label with its group: （三）不予公开 · 1.属于国家秘密. */
    String row(String tableId, String rowKey) {
        ReportTemplate.TableSpec spec = spec(tableId);
        ReportTemplate.RowSpec row = spec == null ? null
                : spec.rows().stream().filter(r -> r.key().equals(rowKey)).findFirst().orElse(null);
        if (row == null) {
            return null;
        }
        return row.group() == null || row.group().isBlank() ? row.label() : row.group() + " · " + row.label();
    }

    String column(String tableId, String columnKey) {
        ReportTemplate.TableSpec spec = spec(tableId);
        ReportTemplate.ColumnSpec column = spec == null ? null
                : spec.columns().stream().filter(c -> c.key().equals(columnKey)).findFirst().orElse(null);
        return column == null ? null : column.label();
    }

    /** Section six as 第六部分 其他需要报告的事项. */
    String section(int number) {
        String heading = template.sections().stream().filter(s -> s.number() == number)
                .map(ReportTemplate.SectionSpec::heading).findFirst().orElse("");
        return ("第" + numeral(number) + "部分 " + heading).strip();
    }

    /** Where a finding points, in words: the section, or the table, its row and its column. */
    String place(Location at) {
        if (at == null) {
            return "全文 Whole report";
        }
        if (at.table() != null) {
            return cell(at.table(), at.row(), at.column());
        }
        if (at.section() != null) {
            return section(at.section());
        }
        return "全文 Whole report";
    }

    /** 表二「二、上年结转…」行「商业企业」列, leaving out what is not given. */
    String cell(String tableId, String rowKey, String columnKey) {
        StringBuilder b = new StringBuilder(table(tableId));
        String row = rowKey == null ? null : row(tableId, rowKey);
        String column = columnKey == null ? null : column(tableId, columnKey);
        if (row != null) {
            b.append("「").append(row).append("」行");
        }
        if (column != null) {
            b.append("「").append(column).append("」列");
        }
        if (row == null && column == null && (rowKey != null || columnKey != null)) {
            b.append("（模板外的单元格 a cell outside the template）");
        }
        return b.toString();
    }

    /**
     * Why a rule could not be checked, from a {@code missing} entry: a cell ({@code table/row/column}), the
     * previous year's report, or an error in the rule.
     */
    String missing(String entry) {
        if (entry == null || entry.isBlank()) {
            return "所需数据缺失 required data missing";
        }
        switch (entry) {
            case "previous-year":
                return "未收到该机关上一年度的报告 the agency's previous report has not been received";
            case "rule-error":
                return "规则执行出错 the rule failed to run";
            default:
                break;
        }
        List<String> parts = List.of(entry.split("/", -1));
        if (parts.size() >= 1 && spec(parts.get(0)) != null) {
            String described = cell(parts.get(0), part(parts, 1), part(parts, 2));
            return described + "为空或未找到 is blank or missing";
        }
        return "所需数据缺失 required data missing";
    }

    private static String part(List<String> parts, int i) {
        return i < parts.size() && !parts.get(i).isBlank() ? parts.get(i) : null;
    }

    private ReportTemplate.TableSpec spec(String tableId) {
        return tableId == null ? null
                : template.tables().stream().filter(t -> t.id().equals(tableId)).findFirst().orElse(null);
    }

    static String severity(Severity severity) {
        if (severity == null) {
            return "未分级 Unrated";
        }
        return switch (severity) {
            case ERROR -> "错误 Errors";
            case WARNING -> "警告 Warnings";
            case INFO -> "提示 Notes";
        };
    }

    static String severityOne(Severity severity) {
        if (severity == null) {
            return "未分级";
        }
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static String outcome(RuleOutcome outcome) {
        if (outcome == null) {
            return "未知 unknown";
        }
        return switch (outcome) {
            case PASSED -> "通过 passed";
            case FAILED -> "未通过 failed";
            case NOT_ASSESSABLE -> "无法检查 could not be checked";
        };
    }

    static String decision(String decision) {
        if (decision == null) {
            return "未复核 not reviewed";
        }
        return switch (decision.toLowerCase(Locale.ROOT)) {
            case "confirmed" -> "确认属实 confirmed";
            case "dismissed" -> "不予采纳 dismissed";
            default -> decision;
        };
    }
}
