package ogi.audit.copying;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The template's fixed wording as shingles: every text of the template files (headings, table titles, row and column
 * labels with their variants, and {@code fixedWording}, the standard sentences the format asks for), so that two
 * reports sharing only the format's wording are not taken for copies of each other.
 */
public final class TemplateWording {
    private static final String[] FILES = {"/template/report-template-2021.json", "/template/report-template-2019.json"};
    private static final Set<Integer> SHINGLES = load();

    private TemplateWording() {
    }

    /** True when the shingle (its hash) occurs in the template's own wording. */
    public static boolean isTemplate(int shingle) {
        return SHINGLES.contains(shingle);
    }

    static int size() {
        return SHINGLES.size();
    }

    private static Set<Integer> load() {
        Set<Integer> shingles = new HashSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String file : FILES) {
            try (InputStream in = TemplateWording.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("template file " + file + " is not on the class path");
                }
                collect(mapper.readTree(in), shingles);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(shingles);
    }

    private static void collect(JsonNode node, Set<Integer> shingles) {
        if (node.isTextual()) {
            for (int h : Shingles.hashes(Shingles.normalise(node.asText()))) {
                shingles.add(h);
            }
        } else {
            node.forEach(child -> collect(child, shingles));
        }
    }
}
