package ogi.parse.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ogi.contracts.report.LabelMatch;
import ogi.contracts.template.ReportTemplate.RowSpec;
import ogi.contracts.template.ReportTemplate.TableSpec;

/**
 * Matches a cell's text to a template row of one table. A label matches when its core (the label without its
 * numbering) is the template's, a known alias, or an abbreviation or extension of it of at least four characters
 * ({@code （二）部分公开}); short cores ({@code 其他}, {@code 总计}) must also carry the template's numbering, so a
 * column header is never taken for a row. Otherwise a small edit distance is a typo
 * ({@code 属于三类内容事务信息}).
 */
final class RowMatcher {
    private static final int MIN_PREFIX = 4;
    private static final int MAX_TYPOS = 2;

    /** The row, how its label matched, and the part of the cell that matched ({@code text}, null when not known). */
    record Match(RowSpec row, LabelMatch kind, String text) {
        Match(RowSpec row, LabelMatch kind) {
            this(row, kind, null);
        }

        Match withText(String text) {
            return new Match(row, kind, text);
        }
    }

    private record Candidate(RowSpec row, String numbering, String core, boolean alias) {
    }

    private static final Map<TableSpec, RowMatcher> BY_TABLE =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private static final int MAX_MEMO = 50_000;
    /** Longer than any label with a group label before it: prose, not a row label. */
    private static final int MAX_LABEL = 90;
    /** Longest normalised text compared with the labels. */
    private static final int MAX_NORMALIZED = 60;

    private final List<Candidate> candidates = new ArrayList<>();
    /** Cells repeat from report to report (headers, labels): their match is remembered, up to a bound. */
    private final Map<String, Optional<Match>> memo = new ConcurrentHashMap<>();

    static RowMatcher of(TableSpec table) {
        return BY_TABLE.computeIfAbsent(table, RowMatcher::new);
    }

    private RowMatcher(TableSpec table) {
        for (RowSpec row : table.rows()) {
            String normalized = Labels.normalize(row.label());
            candidates.add(new Candidate(row, Labels.numbering(normalized), Labels.withoutNumbering(normalized), false));
            for (String alias : row.aliases()) {
                String a = Labels.normalize(alias);
                candidates.add(new Candidate(row, Labels.numbering(a), Labels.withoutNumbering(a), true));
            }
        }
    }

    /**
     * Matches the text, or else its tail after a space: PDF text and flattened rows put a group label and a row
     * label in one cell ({@code 三、本年度办理结果 (一)予以公开}).
     */
    Optional<Match> match(Token token) {
        return match(token.text(), token.normalized());
    }

    Optional<Match> match(String text) {
        return match(text, Labels.normalize(text));
    }

    private Optional<Match> match(String text, String normalizedText) {
        if (normalizedText.length() > MAX_LABEL) {
            return Optional.empty();
        }
        String stripped = text.strip();
        Optional<Match> whole = matchNormalized(normalizedText).map(m -> m.withText(stripped));
        if (whole.isPresent() && whole.get().kind() == LabelMatch.EXACT) {
            return whole;
        }
        // An exact label after other cells' text on its line (a vertical group label: 本 2.其他法律行政法规禁止公开)
        // is the label; else a label read as a whole, a typo or a variant, before one read in a tail.
        Optional<Match> firstTail = Optional.empty();
        // a tail whose normalised text is longer than MAX_NORMALIZED is no label (compute reads none): only the
        // tails from firstTailStart on are tried
        int firstTailStart = stripped.length();
        boolean anySpace = false;
        for (int i = stripped.length() - 1, kept = 0; i >= 0 && kept <= MAX_NORMALIZED; i--) {
            firstTailStart = i;
            char c = stripped.charAt(i);
            kept += Labels.isDropped(c) ? 0 : 1;
            anySpace |= TextBounds.isWhitespace(c);
        }
        if (!anySpace) {
            firstTailStart = stripped.length(); // no tail starts after white space there (most cells, lines of prose)
        }
        for (int i = firstTailStart; i < stripped.length(); i++) {
            if (TextBounds.isWhitespace(stripped.charAt(i))) { // U+3000 too
                String tailText = stripped.substring(i + 1).strip();
                Optional<Match> tail = matchWhole(tailText).map(m -> m.withText(tailText));
                if (tail.isPresent() && tail.get().kind() == LabelMatch.EXACT) {
                    return tail;
                }
                if (firstTail.isEmpty()) {
                    firstTail = tail;
                }
            }
        }
        if (whole.isPresent() || firstTail.isPresent()) {
            return whole.isPresent() ? whole : firstTail;
        }
        // a character of a vertical group label run into the label (三（一）予以公开): the label from its numbering
        for (int k = 1; k <= 2 && k < stripped.length(); k++) {
            char c = stripped.charAt(k);
            if (c == '（' || c == '(') {
                String rest = stripped.substring(k);
                Optional<Match> m = matchWhole(rest).map(x -> x.withText(rest));
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Match> matchWhole(String text) {
        return matchNormalized(Labels.normalize(text));
    }

    private Optional<Match> matchNormalized(String normalized) {
        Optional<Match> known = memo.get(normalized);
        if (known != null) {
            return known;
        }
        Optional<Match> match = compute(normalized);
        if (memo.size() >= MAX_MEMO) {
            memo.clear();
        }
        memo.put(normalized, match);
        return match;
    }

    private Optional<Match> compute(String normalized) {
        if (normalized.isEmpty() || normalized.length() > MAX_NORMALIZED) {
            return Optional.empty();
        }
        String numbering = Labels.numbering(normalized);
        String core = Labels.withoutNumbering(normalized);
        for (Candidate c : candidates) {
            if (c.core.equals(core) && numberingFits(c, numbering)) {
                return Optional.of(new Match(c.row, c.alias ? LabelMatch.VARIANT : LabelMatch.EXACT));
            }
        }
        for (Candidate c : candidates) {
            if (c.core.length() >= MIN_PREFIX && core.length() >= MIN_PREFIX
                    && (c.core.startsWith(core) || core.startsWith(c.core)) && numberingFits(c, numbering)) {
                return Optional.of(new Match(c.row, LabelMatch.VARIANT));
            }
        }
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            if (c.alias || c.core.length() < 6 || !numberingFits(c, numbering)
                    || Math.abs(c.core.length() - core.length()) > MAX_TYPOS) {
                continue;
            }
            int d = Labels.editDistance(c.core, core);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best != null && bestDistance <= (best.core.length() >= 12 ? MAX_TYPOS : 1)) {
            return Optional.of(new Match(best.row, LabelMatch.TYPO));
        }
        return Optional.empty();
    }

    private static boolean numberingFits(Candidate c, String numbering) {
        if (c.core.length() <= 2) {
            return c.numbering.equals(numbering);
        }
        return numbering.isEmpty() || c.numbering.isEmpty() || c.numbering.equals(numbering);
    }
}
