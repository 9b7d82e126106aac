package ogi.contracts.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The administrative divisions shipped with the project ({@code divisions/pca-code.json}) and the reading of an
 * agency's division from its name and its report's text: 乌苏市城市管理局 → 新疆 / 塔城地区 / 乌苏市, 新乡市卫滨区城市管理局 →
 * 河南省 / 新乡市 / 卫滨区. The longest county, prefecture or province name found in the agency name wins; when a
 * county name exists in several places (朝阳区: Beijing and Changchun), the prefecture or province named in the
 * agency name or the text's opening decides, else the name is not resolved.
 */
public final class DivisionTable {
    private static final DivisionTable SHIPPED = load("/divisions/pca-code.json");
    /** How much of the report's text is searched for the parent divisions (the title and opening paragraph). */
    private static final int TEXT_PREFIX = 600;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private int longestName;

    private DivisionTable() {
    }

    public static DivisionTable shipped() {
        return SHIPPED;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The division of an agency, read from its name and, to tell apart equal names, its report's text. */
    public Optional<Division> resolve(String agency, String text) {
        if (agency == null || agency.isBlank()) {
            return Optional.empty();
        }
        String context = null;
        List<String> names = namesIn(agency);
        names.sort(Comparator.comparingInt(String::length).reversed());
        Division best = null;
        for (String name : names) {
            List<Division> candidates = byName.get(name);
            if (candidates.size() > 1 && context == null) {
                context = agency + " " + (text == null ? "" : text.substring(0, Math.min(TEXT_PREFIX, text.length())));
            }
            Division chosen = candidates.size() == 1 ? candidates.get(0) : disambiguate(candidates, context);
            if (chosen != null && (best == null || chosen.code().length() > best.code().length())) {
                best = chosen;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The division names the agency's name contains, found by looking its substrings up (a name is at most
     * {@code longestName} characters) rather than testing every one of the thousands of names against it.
     */
    private List<String> namesIn(String agency) {
        Set<String> found = new LinkedHashSet<>();
        for (int from = 0; from < agency.length(); from++) {
            for (int to = from + 1; to <= Math.min(agency.length(), from + longestName); to++) {
                String part = agency.substring(from, to);
                if (byName.containsKey(part)) {
                    found.add(part);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static Division disambiguate(List<Division> candidates, String context) {
        List<Division> named = candidates.stream().filter(d -> (d.prefecture() != null
                && !d.prefecture().equals("市辖区") && context.contains(d.prefecture()))
                || context.contains(shortName(d.province()))).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** 新疆维吾尔自治区 → 新疆, 河南省 → 河南, 北京市 → 北京. */
    static String shortName(String province) {
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")) {
            if (province.endsWith(suffix) && province.length() > suffix.length()) {
                return province.substring(0, province.length() - suffix.length());
            }
        }
        return province;
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        String name = d.name();
        if (!name.equals("市辖区") && !name.equals("县") && !name.equals("省直辖县级行政区划")
                && !name.equals("自治区直辖县级行政区划")) {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(d);
            longestName = Math.max(longestName, name.length());
        }
    }

    private static DivisionTable load(String resource) {
        DivisionTable table = new DivisionTable();
        try (InputStream in = DivisionTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("division table missing: " + resource);
            }
            for (JsonNode p : new ObjectMapper().readTree(in)) {
                String province = p.get("name").asText();
                table.add(new Division(p.get("code").asText(), province, null, null));
                for (JsonNode c : p.path("children")) {
                    String prefecture = c.get("name").asText();
                    table.add(new Division(c.get("code").asText(), province, prefecture, null));
                    for (JsonNode a : c.path("children")) {
                        table.add(new Division(a.get("code").asText(), province, prefecture, a.get("name").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
