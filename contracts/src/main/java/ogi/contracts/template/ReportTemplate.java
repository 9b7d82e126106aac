package ogi.contracts.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixed template of the annual report (国办公开办函〔2021〕30号) as data: sections, tables, row and column
 * labels with their known variants, and the arithmetic the tables must satisfy (which cells add up to which,
 * {@link SumSpec}). The parser anchors on it and the audit checks against it; both read this one file,
 * {@code template/report-template-2021.json} (and {@code -2019.json} for the older format).
 */
public record ReportTemplate(
        String version,
        String document,
        List<SectionSpec> sections,
        List<TableSpec> tables,
        List<String> olderTemplateMarkers) {

    private static final ReportTemplate V2021 = load("/template/report-template-2021.json");
    private static final ReportTemplate V2019 = load("/template/report-template-2019.json");

    /** The format fixed by 国办公开办函〔2021〕30号, for reports on 2021 and later. */
    public static ReportTemplate v2021() {
        return V2021;
    }

    /** The older format of 国办公开办函〔2019〕60号 (reports on 2019 and 2020, and some later ones). */
    public static ReportTemplate v2019() {
        return V2019;
    }

    /** The template a report says it follows; the 2021 one when it does not say. */
    public static ReportTemplate forVersion(String version) {
        return "2019".equals(version) ? V2019 : V2021;
    }

    public TableSpec table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    public record SectionSpec(int number, String heading, List<String> keywords) {
    }

    public record TableSpec(String id, String title, List<ColumnSpec> columns, List<RowSpec> rows,
            List<String> groupLabels, List<SumSpec> sums) {

        public RowSpec row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + key + " in " + id));
        }

        public ColumnSpec column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no column " + key + " in " + id));
        }

        public List<String> groupLabels() {
            return groupLabels == null ? List.of() : groupLabels;
        }

        /** The table's arithmetic relations; none when the file gives none. */
        public List<SumSpec> sums() {
            return sums == null ? List.of() : sums;
        }

        /** The relations of one name (several when it holds for several groups of cells, as in Table 3). */
        public List<SumSpec> sums(String relation) {
            return sums().stream().filter(s -> s.relation().equals(relation)).toList();
        }
    }

    /** Which way a {@link SumSpec} runs. */
    public enum Each {
        /** The keys are rows; the relation holds in every column of the table. */
        @JsonProperty("column") COLUMN,
        /** The keys are columns; the relation holds in every row of the table. */
        @JsonProperty("row") ROW
    }

    /**
     * One arithmetic relation of a table: the cells {@code add} sum to the cells {@code equals}, in each column
     * ({@code add}, {@code equals} name rows) or in each row (they name columns). {@code relation} names it for
     * the audit rule that checks it; several entries may share a name.
     */
    public record SumSpec(String relation, Each each, List<String> add, List<String> equals) {
    }

    public record ColumnSpec(String key, String label, String group) {
    }

    /**
     * A row: its key, its label as the template prints it, older or alternative wordings ({@code aliases}), the
     * columns it has, and for Table 2 whether it is one of the result rows that add up to （七）总计.
     */
    public record RowSpec(String key, String label, List<String> aliases, List<String> columns, String group,
            String block, String unit, boolean results) {
    }

    /** Every key a relation names is a row or column of its table (a typo in the file fails at start-up). */
    private ReportTemplate checked(String resource) {
        for (TableSpec t : tables) {
            for (SumSpec s : t.sums()) {
                if (s.relation() == null || s.each() == null || s.add() == null || s.add().isEmpty()
                        || s.equals() == null || s.equals().isEmpty()) {
                    throw new IllegalStateException(resource + ": incomplete relation in " + t.id() + ": " + s);
                }
                for (String key : concat(s.add(), s.equals())) {
                    boolean known = s.each() == Each.COLUMN
                            ? t.rows().stream().anyMatch(r -> r.key().equals(key))
                            : t.columns().stream().anyMatch(c -> c.key().equals(key));
                    if (!known) {
                        throw new IllegalStateException(resource + ": relation " + s.relation() + " in " + t.id()
                                + " names " + key + ", not a " + (s.each() == Each.COLUMN ? "row" : "column"));
                    }
                }
            }
        }
        return this;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static ReportTemplate load(String resource) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = ReportTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing: " + resource);
            }
            return mapper.readValue(in, ReportTemplate.class).checked(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource, e);
        }
    }
}
