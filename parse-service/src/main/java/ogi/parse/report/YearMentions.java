package ogi.parse.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a text names as {@code 2023年} or {@code 2023 年}, in order: what the regular expression
 * {@code (20\d{2})\s*年} finds, read in one pass (it runs over whole sections of every report).
 */
final class YearMentions {
    private YearMentions() {
    }

    static List<Integer> in(String text) {
        List<Integer> years = new ArrayList<>();
        int i = text.indexOf('年');
        if (i < 0) {
            return years;
        }
        for (i = 0; i + 4 < text.length(); i++) {
            if (text.charAt(i) == '2' && text.charAt(i + 1) == '0' && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                int j = i + 4;
                while (j < text.length() && Labels.isPatternSpace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '年') {
                    years.add(2000 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0'));
                    i = j;
                }
            }
        }
        return years;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
