package ogi.audit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import ogi.contracts.event.Severity;

/**
 * A rule as the catalogue file {@code rules/catalogue.json} describes it: id, implementing class, category,
 * severity, descriptions in Chinese and English, and a failing and a passing example. The file is the one place
 * these are written; {@code GET /rules} and RULES.md come from it.
 */
public record RuleDefinition(String id, @JsonProperty("class") String ruleClass, String category, Severity severity, String descriptionZh,
        String descriptionEn, String failingExample, String passingExample) {

    public record Catalogue(String version, List<RuleDefinition> rules) {
    }

    private static final Catalogue CATALOGUE = load();
    private static final Map<String, RuleDefinition> BY_ID = CATALOGUE.rules().stream()
            .collect(Collectors.toMap(RuleDefinition::id, Function.identity()));

    public static Catalogue catalogue() {
        return CATALOGUE;
    }

    public static RuleDefinition of(String id) {
        RuleDefinition d = BY_ID.get(id);
        if (d == null) {
            throw new IllegalStateException("rule " + id + " is not in rules/catalogue.json");
        }
        return d;
    }

    private static Catalogue load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = RuleDefinition.class.getResourceAsStream("/rules/catalogue.json")) {
            return mapper.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules/catalogue.json", e);
        }
    }
}
