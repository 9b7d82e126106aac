package ogi.query.api;

import java.time.LocalDate;

/**
 * An agency an operator expects to publish a report in a region, and what kind of body it is: a government
 * department publishes by 31 January, a people's government its own report by 31 March (the regulations' art. 49).
 */
public record ExpectedAgency(String agency, Kind kind) {

    public enum Kind {
        DEPARTMENT, GOVERNMENT;

        /** The last day to publish the report on {@code reportYear}. */
        public LocalDate deadline(int reportYear) {
            return this == DEPARTMENT ? LocalDate.of(reportYear + 1, 1, 31) : LocalDate.of(reportYear + 1, 3, 31);
        }
    }
}
