package ogi.contracts.report;

import java.util.Map;

/**
 * A template row. {@code label} is the template's; {@code labelAsWritten} and {@code labelMatch} tell how the
 * document wrote it (null when the row was not found). {@code cells} maps every template column key to its cell,
 * or to null when the document gives no value.
 */
public record TableRow(
        String key,
        String label,
        boolean found,
        String labelAsWritten,
        LabelMatch labelMatch,
        Integer line,
        Integer order,
        Map<String, Cell> cells) {
}
