package ogi.query.store;

import java.time.LocalDate;

/** An agency's report of {@code year} in region {@code code} is {@code missing} or {@code late} ({@code status}). */
public record PublicationAlert(int year, String code, String agency, String status, LocalDate deadline) {

    String key() {
        return year + "|" + code + "|" + agency + "|" + status;
    }
}
