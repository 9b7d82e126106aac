package ogi.parse.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ogi.contracts.report.ProseFigure;

/** Finds the figures the prose restates ("共受理政府信息公开申请2件", "未收取信息处理费"), each with its sentence. */
final class ProseFigureReader {
    /** A rule is tried only on sentences holding one of its keywords: most sentences hold none. */
    private record Rule(String kind, Pattern pattern, boolean hasNumber, List<String> keywords) {
        Rule(String kind, Pattern pattern, boolean hasNumber) {
            this(kind, pattern, hasNumber, KEYWORDS.get(kind));
        }

        boolean mayMatch(String sentence) {
            for (String keyword : keywords) {
                if (sentence.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final java.util.Map<String, List<String>> KEYWORDS = java.util.Map.of(
            ProseFigure.NO_APPLICATIONS, List.of("申请"),
            ProseFigure.APPLICATIONS_RECEIVED, List.of("申请"),
            ProseFigure.PERMITS, List.of("行政许可"),
            ProseFigure.PENALTIES, List.of("行政处罚"),
            ProseFigure.PROACTIVE_ITEMS, List.of("主动公开"),
            ProseFigure.NO_FEES, List.of("收取", "信息处理费"),
            ProseFigure.NO_REVIEW_OR_LITIGATION, List.of("行政复议", "行政诉讼"));

    private static final List<Rule> RULES = List.of(
            new Rule(ProseFigure.NO_APPLICATIONS, Pattern.compile(
                    "(?:没有|未|无|未曾)(?:收到|受理|接到|接收)[^。；;，,]{0,20}?申请|零申请|申请(?:数量)?为(?:0|零)"), false),
            new Rule(ProseFigure.APPLICATIONS_RECEIVED, Pattern.compile(
                    "(?:受理|收到|接到|接收|新收)[^。；;\\d]{0,20}?申请[^。；;\\d]{0,6}?(\\d+)\\s*(?:件|个|条|份)"), true),
            new Rule(ProseFigure.PERMITS, Pattern.compile("行政许可[^。；;\\d]{0,10}?(\\d+)\\s*(?:件|项|个|次)"), true),
            new Rule(ProseFigure.PENALTIES, Pattern.compile("行政处罚[^。；;\\d]{0,10}?(\\d+)\\s*(?:件|起|项|个|次)"), true),
            new Rule(ProseFigure.PROACTIVE_ITEMS, Pattern.compile(
                    "主动公开[^。；;\\d]{0,15}?(\\d+)\\s*(?:条|件|篇)"), true),
            new Rule(ProseFigure.NO_FEES, Pattern.compile(
                    "(?:未|没有|无|不)[^。；;]{0,6}?收取[^。；;]{0,8}?(?:信息处理费|费用)|信息处理费[^。；;\\d]{0,6}?(?:为)?(?:0|零)"),
                    false),
            new Rule(ProseFigure.NO_REVIEW_OR_LITIGATION, Pattern.compile(
                    "(?:未|没有|无)[^。；;]{0,12}?(?:行政复议|行政诉讼)"), false));

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");

    private static final List<String> ALL_KEYWORDS = KEYWORDS.values().stream().flatMap(List::stream).distinct()
            .toList();

    private ProseFigureReader() {
    }

    private static boolean mentionsAnyKeyword(String line) {
        for (String keyword : ALL_KEYWORDS) {
            if (line.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Only prose lines: lines that hold no table cell separators and read as sentences. */
    static List<ProseFigure> read(List<String> lines) {
        List<ProseFigure> figures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Tokenizer.removeNoise(lines.get(i));
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.strip().length() < 8) {
                continue;
            }
            if (!mentionsAnyKeyword(line)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(line)) {
                for (Rule rule : RULES) {
                    if (!rule.mayMatch(sentence)) {
                        continue;
                    }
                    Matcher m = rule.pattern.matcher(sentence);
                    if (m.find()) {
                        BigDecimal value = rule.hasNumber ? new BigDecimal(m.group(1)) : null;
                        figures.add(new ProseFigure(rule.kind, value, sentence.strip(), i + 1));
                    }
                }
            }
        }
        return figures;
    }
}
