package ogi.parse.report;

import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() throws Exception {
        for (String n : new String[] {"dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt", "weibin-urban-management-2022.txt", "wusu-urban-management-2023.txt"}) {
            var r = new ReportParser().parse(SampleReports.text(n));
            var copy = new ogi.contracts.report.Report(r.metadata(), r.sections().stream().map(s -> new ogi.contracts.report.Section(s.number(), s.heading(), s.found(), s.line(), s.text() == null ? null : s.text().substring(0, Math.min(30, s.text().length())))).toList(), r.table1(), r.table2(), r.table3(), r.proseFigures(), r.parseNotes(), null);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/" + n + ".json"), ogi.contracts.event.EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        }
    }
}
