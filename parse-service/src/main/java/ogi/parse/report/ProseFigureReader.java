package ogi.parse.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ogi.contracts.report.ProseFigure;

/**
 * Finds the figures the prose restates ("共受理政府信息公开申请2件", "予以公开三件", "未收取信息处理费"), each with its
 * sentence. Numbers may be written in Chinese numerals (三件, 二十三件, 一百零五件, 两件). Conservative, since a
 * figure read wrongly becomes a false finding:
 * <ul>
 * <li>approximate figures (约, 近, 超过, 余, 多, 左右, 以上) are not read;</li>
 * <li>a clause about another year (上年, 去年, 同比, a year other than the report's), or following one in the same
 * sentence, is not read ({@code 上年结转} is a row's name, not another year);</li>
 * <li>totals (applications received, review and litigation cases) are not read after 其中 (a part of a total), and
 * results are not read from a clause about one kind of applicant or channel.</li>
 * </ul>
 */
final class ProseFigureReader {
    private static final String NUM = "(\\d+|[零〇一二两三四五六七八九十百千]+)";
    private static final String UNIT = "\\s*(?:件|个|条|份|起|项|次|宗|篇)";
    private static final String GAP = "[^。；;，,\\d零〇一二两三四五六七八九十百千]{0,%d}?";

    private enum Scope {
        /** A total: not read after 其中. */
        TOTAL,
        /** A result of the applications: read after 其中, not in a clause about one kind of applicant. */
        RESULT,
        /** Read as written. */
        ANY
    }

    /**
     * A figure's pattern, with the words every match of it begins with ({@code starts}): the pattern is tried from
     * the first of them on, and not at all in a text without them.
     */
    private record Rule(String kind, Pattern pattern, List<String> starts, boolean hasNumber, Scope scope,
            List<String> keywords) {

        /** Where the next match can begin, from {@code from} on: the next start word, -1 when the text holds none. */
        int nextStart(String text, int from) {
            int next = -1;
            for (String start : starts) {
                int at = text.indexOf(start, from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                }
            }
            return next;
        }

        /**
         * The pattern's first match in the text, null when there is none: what {@code find} gives, tried only where a
         * start word stands (transparent bounds let a look-behind see the text before).
         */
        Matcher find(String text) {
            int at = nextStart(text, 0);
            if (at < 0) {
                return null;
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true);
            for (; at >= 0; at = nextStart(text, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) {
                    return m;
                }
            }
            return null;
        }
    }

    private static Rule counted(String kind, String start, String before, int gap, Scope scope, String... keywords) {
        return counted(kind, start, before, gap, UNIT, scope, keywords);
    }

    /** {@code start}: the word {@code before} begins with. */
    private static Rule counted(String kind, String start, String before, int gap, String unit, Scope scope,
            String... keywords) {
        return new Rule(kind, Pattern.compile(before + GAP.formatted(gap) + NUM + unit + NOT_A_DURATION),
                List.of(start), true, scope, List.of(keywords));
    }

    /** Units of applications and cases (not 条, which counts items of information). */
    private static final String CASES = "\\s*(?:件|个|份|宗|起)";
    /** Units of decisions (行政许可146件, 行政处罚593起); not 个 or 次, which count days and times. */
    private static final String DECISIONS = "\\s*(?:件|项|起|宗)";
    /** 3个工作日, 5天: a duration, not a count. */
    private static final String NOT_A_DURATION = "(?!\\s*(?:工作日|日|天|小时|月|年|周|分钟))";

    private static final List<Rule> RULES = List.of(
            new Rule(ProseFigure.NO_APPLICATIONS, Pattern.compile(
                    "(?:没有|未|无|未曾)(?:收到|受理|接到|接收)[^。；;，,]{0,20}?申请|零申请|申请(?:数量)?为(?:0|零)"),
                    List.of("没有", "未", "无", "零申请", "申请"), false, Scope.ANY, List.of("申请")),
            new Rule(ProseFigure.APPLICATIONS_RECEIVED, Pattern.compile(
                    "(?:受理|收到|接到|接收|新收)[^。；;，,\\d]{0,20}?申请" + GAP.formatted(6) + NUM + CASES + NOT_A_DURATION),
                    List.of("受理", "收到", "接到", "接收", "新收"), true, Scope.TOTAL, List.of("申请")),
            counted(ProseFigure.GRANTED_OR_PARTIAL, "予以", "予以(?:全部)?公开(?:及|和|与|、|或)部分公开", 8, CASES,
                    Scope.RESULT, "部分公开"),
            counted(ProseFigure.GRANTED, "予以", "(?<!不)予以(?:全部)?公开(?!(?:及|和|与|、|或)部分公开)", 6, CASES,
                    Scope.RESULT, "予以"),
            counted(ProseFigure.WITHHELD, "不予公开", "不予公开", 6, CASES, Scope.RESULT, "不予公开"),
            counted(ProseFigure.UNAVAILABLE, "无法提供", "无法提供", 6, CASES, Scope.RESULT, "无法提供"),
            counted(ProseFigure.NOT_PROCESSED, "不予处理", "不予处理", 6, CASES, Scope.RESULT, "不予处理"),
            counted(ProseFigure.CARRIED_FORWARD, "结转", "结转(?:至|到)?下一?年度?", 10, CASES, Scope.RESULT, "结转"),
            counted(ProseFigure.CARRIED_OVER, "上", "上一?年度?结转", 10, CASES, Scope.TOTAL, "结转"),
            counted(ProseFigure.REVIEW_CASES, "行政复议", "行政复议(?!后)(?:[^。；;，,\\d诉]{0,8}?)", 0, CASES, Scope.TOTAL,
                    "行政复议"),
            counted(ProseFigure.LITIGATION_CASES, "行政诉讼", "行政诉讼(?:[^。；;，,\\d复]{0,8}?)", 0, CASES, Scope.TOTAL,
                    "行政诉讼"),
            counted(ProseFigure.PERMITS, "行政许可", "行政许可", 10, DECISIONS, Scope.ANY, "行政许可"),
            counted(ProseFigure.PENALTIES, "行政处罚", "行政处罚", 10, DECISIONS, Scope.ANY, "行政处罚"),
            counted(ProseFigure.PROACTIVE_ITEMS, "主动公开", "主动公开", 15, Scope.TOTAL, "主动公开"),
            new Rule(ProseFigure.NO_FEES, Pattern.compile(
                    "(?:未|没有|无|不)[^。；;]{0,6}?收取[^。；;]{0,8}?(?:信息处理费|费用)|信息处理费[^。；;\\d]{0,6}?(?:为)?(?:0|零)"),
                    List.of("未", "没有", "无", "不", "信息处理费"), false, Scope.ANY, List.of("收取", "信息处理费")),
            new Rule(ProseFigure.NO_REVIEW_OR_LITIGATION, Pattern.compile(
                    "(?:未|没有|无)[^。；;]{0,12}?(?:行政复议|行政诉讼)"), List.of("未", "没有", "无"), false, Scope.ANY,
                    List.of("行政复议", "行政诉讼")),
            new Rule(ProseFigure.ALL_UPHELD, Pattern.compile(
                    "(?:行政复议|复议|行政诉讼|诉讼)[^。；;]{0,20}?(?:均|全部|都)(?:获|被|予以|已|依法)?(?:维持|胜诉)"),
                    List.of("行政复议", "复议", "行政诉讼", "诉讼"), false, Scope.ANY, List.of("维持", "胜诉")));

    /** The Chinese numerals of {@link #NUM}. */
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千";
    private static final Pattern OTHER_YEAR_WORDS = Pattern.compile("上一?年(?!度?结转)|去年|同比|较上年|比上年|上一年度(?!结转)|前年");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(?:约|近|超过|逾|大约|将近|不足)$");
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^\\s*(?:余|多)|^[^。；;，,]{0,3}?(?:左右|以上|余|多)");
    private static final List<String> ON_BEHALF = List.of("代表", "代为", "代理");
    private static final List<String> APPLICANT_SCOPE = List.of("自然人", "法人", "企业", "网上", "网络", "当面", "信函",
            "邮寄", "传真");

    private static final RuleKeywords KEYWORDS = new RuleKeywords(RULES.stream().map(Rule::keywords).toList());
    private static final long NUMBER_RULES = maskOf(true);
    private static final long STATEMENT_RULES = maskOf(false);

    private static long maskOf(boolean hasNumber) {
        long mask = 0;
        for (int r = 0; r < RULES.size(); r++) {
            mask |= RULES.get(r).hasNumber == hasNumber ? 1L << r : 0;
        }
        return mask;
    }

    private ProseFigureReader() {
    }

    static List<ProseFigure> read(List<String> lines) {
        return read(lines, null);
    }

    static List<ProseFigure> read(List<String> lines, Integer reportYear) {
        return read(ReportLines.of(lines), reportYear);
    }

    /** Only prose lines: lines that hold no table cell separators and read as sentences. */
    static List<ProseFigure> read(ReportLines lines, Integer reportYear) {
        List<ProseFigure> figures = new ArrayList<>();
        String next = lines.size() == 0 ? null : lines.clean(0);
        for (int i = 0; i < lines.size(); i++) {
            String line = next;
            next = i + 1 < lines.size() ? lines.clean(i + 1) : null;
            // a sentence wrapped over lines (PDF text: 共受 / 理政府信息公开申请2件) is read whole, at its first line
            int start = i;
            while (wrapsOn(line, next)) {
                line = line.stripTrailing() + next.strip();
                i++;
                next = i + 1 < lines.size() ? lines.clean(i + 1) : null;
            }
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || strippedLength(line) < 8) {
                continue;
            }
            if (KEYWORDS.rulesMentioned(line) == 0) {
                continue;
            }
            for (String sentence : split(line, false)) {
                readSentence(sentence, start + 1, reportYear, figures);
            }
        }
        return figures;
    }

    private static final Pattern STARTS_NEW_PARAGRAPH = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])");

    /**
     * True when the prose line goes on in the next one: a line of PDF text cut inside a sentence (no sentence end,
     * long enough to be a filled line), followed by a prose line that opens no heading or item; table rows (cell
     * separators, or a run of values at the end) are never joined.
     */
    private static boolean wrapsOn(String line, String next) {
        if (next == null || line.length() > 2_000 || strippedLength(line) < 15 || strippedLength(next) == 0
                || isTableLine(line) || isTableLine(next) || STARTS_NEW_PARAGRAPH.matcher(next).lookingAt()) {
            return false;
        }
        int end = line.length();
        while (TextBounds.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return "。；！？：;!?:".indexOf(line.charAt(end - 1)) < 0;
    }

    private static int strippedLength(String text) {
        return TextBounds.strippedLength(text);
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || endsWithValues(line);
    }

    /** A run of values at the end, after white space ({@code 申请 2 0 1}): a table row. */
    private static boolean endsWithValues(String line) {
        int end = line.length();
        while (end > 0 && Labels.isPatternSpace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && "-—/0123456789.".indexOf(line.charAt(start - 1)) >= 0) {
            start--;
        }
        return start < end && start > 0 && Labels.isPatternSpace(line.charAt(start - 1));
    }

    /** Whether one of the words ends in the text's first {@code end} characters. */
    private static boolean containsAnyOf(String text, List<String> words, int end) {
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && at + word.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceDelimiter(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '!' || c == '？' || c == '?';
    }

    private static boolean isClauseDelimiter(char c) {
        return c == '，' || c == ',' || c == '：' || c == ':';
    }

    /**
     * The parts between sentence (or clause) delimiters, empty ones at the end dropped (as {@link Pattern#split}
     * does).
     */
    private static List<String> split(String text, boolean clauses) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (clauses ? isClauseDelimiter(c) : isSentenceDelimiter(c)) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(start == 0 ? text : text.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            parts.remove(--size);
        }
        return parts;
    }

    /** Whether the text holds a digit or a Chinese numeral: what every figure a rule reads is written with. */
    private static boolean hasNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '〇' && NUMERALS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void readSentence(String sentence, int line, Integer reportYear, List<ProseFigure> figures) {
        String s = sentence.strip();
        List<String> clauses = split(s, true);
        // the rules whose keywords each clause holds; a keyword holds no delimiter, so the sentence's are their union
        long[] mentioned = new long[clauses.size()];
        long inSentence = 0;
        for (int c = 0; c < clauses.size(); c++) {
            mentioned[c] = KEYWORDS.rulesMentioned(clauses.get(c));
            inSentence |= mentioned[c];
        }
        if (inSentence == 0) {
            return;
        }
        if ((inSentence & STATEMENT_RULES) != 0 && !namesOtherYear(s, reportYear)) {
            for (int r = 0; r < RULES.size(); r++) {
                Rule rule = RULES.get(r);
                if ((inSentence & STATEMENT_RULES & 1L << r) != 0 && rule.find(s) != null) {
                    figures.add(new ProseFigure(rule.kind, null, s, line));
                }
            }
        }
        long seen = 0;
        int otherYearCheckedTo = 0;
        boolean otherYear = false;
        boolean part = false;
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            int partAt = clause.indexOf("其中");
            long candidates = mentioned[c] & NUMBER_RULES & ~seen;
            if (candidates != 0 && !hasNumeral(clause)) {
                candidates = 0;
            }
            Boolean applicantScope = null;
            for (int r = 0; r < RULES.size() && candidates != 0; r++) {
                Rule rule = RULES.get(r);
                if ((candidates & 1L << r) == 0) {
                    continue;
                }
                // whether this or an earlier clause is about another year, read only when a rule may apply
                for (; otherYearCheckedTo <= c && !otherYear; otherYearCheckedTo++) {
                    otherYear = namesOtherYear(clauses.get(otherYearCheckedTo), reportYear);
                }
                if (otherYear) {
                    break;
                }
                if (applicantScope == null) {
                    applicantScope = containsAnyOf(clause, APPLICANT_SCOPE, clause.length());
                }
                Matcher m = rule.find(clause);
                if (m == null) {
                    continue;
                }
                boolean afterPart = part || partAt >= 0 && partAt < m.start(1);
                // one office's share, handled on another's behalf (区政府办代表区政府受理…17件), is not the total
                boolean onBehalf = containsAnyOf(clause, ON_BEHALF, m.start(1));
                if (rule.scope == Scope.TOTAL && (afterPart || onBehalf)
                        || rule.scope == Scope.RESULT && (applicantScope || clause.contains("主动"))
                        || approximate(clause, m)) {
                    continue;
                }
                Integer value = number(m.group(1));
                if (value != null) {
                    figures.add(new ProseFigure(rule.kind, BigDecimal.valueOf(value), s, line));
                    seen |= 1L << r;
                }
            }
            part |= partAt >= 0;
        }
    }

    private static boolean namesOtherYear(String clause, Integer reportYear) {
        // every one of OTHER_YEAR_WORDS holds 年 but 同比, and 上, 去年 or 前年 with it
        boolean namesAYear = clause.indexOf('年') >= 0;
        boolean mayNameOtherYear = namesAYear && (clause.indexOf('上') >= 0 || clause.contains("去年")
                || clause.contains("前年")) || clause.contains("同比");
        if (mayNameOtherYear && OTHER_YEAR_WORDS.matcher(clause).find()) {
            return true;
        }
        if (reportYear == null || !namesAYear) {
            return false;
        }
        for (int year : YearMentions.in(clause)) {
            if (year != reportYear) {
                return true;
            }
        }
        return false;
    }

    private static boolean approximate(String clause, Matcher m) {
        // as if on the text before and after the number: a region's bounds anchor ^ and $ as a substring's would.
        // Before it, no match starts more than four characters (a word, a line break) before the number.
        return APPROXIMATE_BEFORE.matcher(clause).region(Math.max(0, m.start(1) - 4), m.start(1)).find()
                || APPROXIMATE_AFTER.matcher(clause).region(m.end(1), clause.length()).lookingAt();
    }

    private static Integer number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return text.length() > 9 ? null : Integer.valueOf(text);
        }
        return ChineseNumbers.parse(text);
    }
}
