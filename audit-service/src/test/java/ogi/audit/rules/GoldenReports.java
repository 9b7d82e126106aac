package ogi.audit.rules;

import java.nio.file.Files;
import java.nio.file.Path;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;

/** The parse service's golden parsed events of the sample reports ({@code samples/golden}), as the audit reads them. */
final class GoldenReports {
    private GoldenReports() {
    }

    static ParsedReportEvent read(String sample) {
        String reports = System.getProperty("shared.reports.dir", "../samples/reports");
        Path file = Path.of(reports).getParent().resolve("golden").resolve(sample + ".parsed.json");
        try {
            return EventJson.read(Files.readString(file), ParsedReportEvent.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
