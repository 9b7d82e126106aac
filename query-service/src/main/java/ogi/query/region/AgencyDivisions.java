package ogi.query.region;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.region.Division;
import ogi.contracts.region.DivisionTable;
import ogi.query.api.Placement;
import ogi.query.store.DivisionCorrections;

/**
 * Which division each agency belongs to: read from its name and text with the shipped division table, unless a
 * person corrected it ({@code agency_divisions}, by agency name), which then holds for its reports.
 */
@ApplicationScoped
public class AgencyDivisions {
    private final DivisionCorrections corrections;
    private final DivisionTable table = DivisionTable.shipped();

    public AgencyDivisions(DivisionCorrections corrections) {
        this.corrections = corrections;
    }

    /** The division of an agency, and where it came from ({@code corrected} or {@code name}). */
    public record Placed(Division division, String source) {

        /** As stored on the report and answered: the division itself and where it came from. */
        public Placement placement() {
            return new Placement(division.code(), division.province(), division.prefecture(), division.county(),
                    division.path(), source);
        }

        /** The codes of every level the report is in, for filtering. */
        public List<String> levels() {
            return AgencyDivisions.levels(division.code());
        }
    }

    public Optional<Placed> of(String agency, String text) {
        if (agency == null) {
            return Optional.empty();
        }
        Optional<String> corrected = corrections.codeOf(agency);
        if (corrected.isPresent()) {
            return table.byCode(corrected.get()).map(d -> new Placed(d, "corrected"));
        }
        return table.resolve(agency, text).map(d -> new Placed(d, "name"));
    }

    public Optional<Division> byCode(String code) {
        return table.byCode(code);
    }

    /** Whether the text has the shape of a region code: 2, 4 or 6 digits (GB/T 2260). */
    public static boolean isCode(String code) {
        return code != null && code.matches("\\d{2}(\\d{2}){0,2}");
    }

    public void correct(String agency, Division division, String by) {
        corrections.correct(agency, division.code(), by);
    }

    /** 654202 → [65, 6542, 654202]: a report is in each of these regions. */
    public static List<String> levels(String code) {
        return code.length() <= 2 ? List.of(code) : code.length() <= 4 ? List.of(code.substring(0, 2), code)
                : List.of(code.substring(0, 2), code.substring(0, 4), code);
    }
}
