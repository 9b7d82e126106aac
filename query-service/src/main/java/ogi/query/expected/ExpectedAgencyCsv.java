package ogi.query.expected;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ogi.query.api.ExpectedAgency;

/**
 * Reads an expected-agency list: CSV (UTF-8, a byte-order mark allowed) with a header naming the column
 * {@code agency} (or {@code 机关}) and optionally {@code kind} (or {@code 类型}: {@code department}/{@code 部门},
 * {@code government}/{@code 政府}; when empty, a name ending in 人民政府 is a government). Every problem is refused
 * with its line, nothing is kept of a list with one.
 */
public final class ExpectedAgencyCsv {
    public static final int MAX_AGENCIES = 5_000;
    private static final int MAX_NAME = 100;

    /** Why a list was refused, with the line. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private ExpectedAgencyCsv() {
    }

    public static List<ExpectedAgency> read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new Refused("the list is empty: a CSV with a header line 'agency,kind' and one agency a line");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            String agencyColumn = column(parser.getHeaderMap(), "agency", "机关");
            if (agencyColumn == null) {
                throw new Refused("line 1: the header names no column 'agency' (or '机关'): " + parser.getHeaderNames());
            }
            String kindColumn = column(parser.getHeaderMap(), "kind", "类型");
            List<ExpectedAgency> agencies = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new Refused("line " + line + ": " + record.size() + " fields, the header has "
                            + parser.getHeaderNames().size());
                }
                String agency = record.get(agencyColumn);
                if (agency.isEmpty() || agency.length() > MAX_NAME || agency.chars().anyMatch(Character::isISOControl)) {
                    throw new Refused("line " + line + ": an agency's name has 1 to " + MAX_NAME
                            + " characters, no control characters");
                }
                if (!seen.add(agency)) {
                    throw new Refused("line " + line + ": " + agency + " is listed twice");
                }
                if (agencies.size() == MAX_AGENCIES) {
                    throw new Refused("more than " + MAX_AGENCIES + " agencies in one list");
                }
                agencies.add(new ExpectedAgency(agency, kind(kindColumn == null ? "" : record.get(kindColumn), agency,
                        line)));
            }
            if (agencies.isEmpty()) {
                throw new Refused("the list names no agency (only a header)");
            }
            return agencies;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new Refused("not a readable CSV: " + e.getMessage());
        }
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String h : header.keySet()) {
            for (String n : names) {
                if (h.strip().toLowerCase(Locale.ROOT).equals(n)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static ExpectedAgency.Kind kind(String value, String agency, long line) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> agency.endsWith("人民政府") ? ExpectedAgency.Kind.GOVERNMENT : ExpectedAgency.Kind.DEPARTMENT;
            case "department", "部门" -> ExpectedAgency.Kind.DEPARTMENT;
            case "government", "政府" -> ExpectedAgency.Kind.GOVERNMENT;
            default -> throw new Refused("line " + line + ": kind '" + value
                    + "' is neither department (部门) nor government (政府)");
        };
    }
}
