package ogi.parse.report;

import java.util.List;
import java.util.Optional;

/**
 * The row label each token of a text matches in one table, each asked once: reading a table looks at a token as a
 * label of its own and again as a fragment of the label before it.
 */
final class TokenMatches {
    private final RowMatcher matcher;
    private final List<Token> tokens;
    private final Optional<RowMatcher.Match>[] known;

    @SuppressWarnings("unchecked")
    TokenMatches(RowMatcher matcher, List<Token> tokens) {
        this.matcher = matcher;
        this.tokens = tokens;
        this.known = new Optional[tokens.size()];
    }

    RowMatcher matcher() {
        return matcher;
    }

    Optional<RowMatcher.Match> at(int index) {
        Optional<RowMatcher.Match> match = known[index];
        if (match == null) {
            match = matcher.match(tokens.get(index));
            known[index] = match;
        }
        return match;
    }
}
