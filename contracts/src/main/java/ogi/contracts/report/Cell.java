package ogi.contracts.report;

import java.math.BigDecimal;

/**
 * One table cell: the number read from it ({@code value}, null when the cell holds no number), the text as
 * written ({@code raw}), a unit written into the cell ({@code 万元}), and the 1-based line of the source text.
 */
public record Cell(BigDecimal value, String raw, String unit, Integer line) {
}
