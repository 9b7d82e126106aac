package ogi.contracts.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the rule catalogue ({@code rules/catalogue.json}, the audit service's rules as data) says about each rule in
 * words, for readers of an audit: its id, category and its description in Chinese and English. The audit service
 * reads the whole file itself ({@code RuleDefinition}); this is the part other services may show.
 */
public final class RuleTexts {
    /** One rule in words. */
    public record RuleText(String id, String category, String descriptionZh, String descriptionEn) {
    }

    private record Catalogue(String version, List<RuleText> rules) {
    }

    private static final Catalogue CATALOGUE = load();
    private static final Map<String, RuleText> BY_ID = CATALOGUE.rules().stream()
            .collect(Collectors.toMap(RuleText::id, Function.identity()));

    private RuleTexts() {
    }

    public static Optional<RuleText> of(String ruleId) {
        return Optional.ofNullable(BY_ID.get(ruleId));
    }

    public static List<RuleText> all() {
        return CATALOGUE.rules();
    }

    public static String version() {
        return CATALOGUE.version();
    }

    private static Catalogue load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = RuleTexts.class.getResourceAsStream("/rules/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("rules/catalogue.json is missing from the class path");
            }
            return mapper.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules/catalogue.json", e);
        }
    }
}
