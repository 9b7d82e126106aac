package ogi.contracts.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a report's prose repeats its agency's previous report: per section, the share of this year's
 * character 5-grams that also occur in the same section last year (over the whole prose for {@link #overall}).
 * Text is compared without spaces and punctuation, and every digit counts as the same character, so a copied
 * paragraph with this year's figures filled in still counts as copied.
 */
public final class ProseReuse {
    static final int GRAM = 5;

    /** One section's share; {@code share} is null when this year's section has too little text to compare. */
    public record SectionReuse(int section, String heading, Double share) {
    }

    public record Result(Double overall, List<SectionReuse> sections) {
    }

    private ProseReuse() {
    }

    public static Result of(Report thisYear, Report lastYear) {
        List<SectionReuse> sections = new ArrayList<>();
        long shared = 0;
        long total = 0;
        for (Section s : thisYear.sections()) {
            Section before = lastYear.sections().stream().filter(p -> p.number() == s.number()).findFirst()
                    .orElse(null);
            Set<String> now = grams(s.text());
            Set<String> then = before == null ? Set.of() : grams(before.text());
            long common = now.stream().filter(then::contains).count();
            shared += common;
            total += now.size();
            sections.add(new SectionReuse(s.number(), s.heading(), now.isEmpty() ? null : round((double) common
                    / now.size())));
        }
        return new Result(total == 0 ? null : round((double) shared / total), sections);
    }

    static Set<String> grams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        StringBuilder normal = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                normal.append('0');
            } else if (Character.isLetter(c)) {
                normal.appendCodePoint(c);
            }
        });
        for (int i = 0; i + GRAM <= normal.length(); i++) {
            grams.add(normal.substring(i, i + GRAM));
        }
        return grams;
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
