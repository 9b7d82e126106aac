package ogi.parse.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a list of rules a text may concern, each rule known by its keywords: one pass over the text, looking up
 * the keywords that start with each character, instead of a search of the text per keyword (the prose reader asks
 * this of every line and clause). The answer is a bit mask: bit {@code r} is set when the text holds a keyword of
 * rule {@code r}.
 */
final class RuleKeywords {
    private record Keyword(String text, long rules) {
    }

    /** The characters keywords start with, sorted, and the keywords that start with each. */
    private final char[] firstChars;
    private final Keyword[][] byFirstChar;
    private final boolean[] isFirstChar = new boolean[Character.MAX_VALUE + 1];

    /** {@code keywordsOfRules.get(r)}: the keywords of rule {@code r}; at most 64 rules. */
    RuleKeywords(List<List<String>> keywordsOfRules) {
        if (keywordsOfRules.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 rules, not " + keywordsOfRules.size());
        }
        Map<String, Long> rulesOfKeyword = new HashMap<>();
        for (int r = 0; r < keywordsOfRules.size(); r++) {
            for (String keyword : keywordsOfRules.get(r)) {
                rulesOfKeyword.merge(keyword, 1L << r, (a, b) -> a | b);
            }
        }
        Map<Character, List<Keyword>> byFirst = new TreeMap<>();
        rulesOfKeyword.forEach((keyword, rules) -> {
            byFirst.computeIfAbsent(keyword.charAt(0), c -> new ArrayList<>()).add(new Keyword(keyword, rules));
            isFirstChar[keyword.charAt(0)] = true;
        });
        firstChars = new char[byFirst.size()];
        byFirstChar = new Keyword[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, List<Keyword>> e : byFirst.entrySet()) {
            firstChars[k] = e.getKey();
            byFirstChar[k++] = e.getValue().toArray(Keyword[]::new);
        }
    }

    long rulesMentioned(String text) {
        long rules = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isFirstChar[c]) {
                for (Keyword keyword : byFirstChar[Arrays.binarySearch(firstChars, c)]) {
                    if (text.startsWith(keyword.text(), i)) {
                        rules |= keyword.rules();
                    }
                }
            }
        }
        return rules;
    }
}
