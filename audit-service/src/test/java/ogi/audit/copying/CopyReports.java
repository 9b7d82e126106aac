package ogi.audit.copying;

import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.audit.TestReports;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;

/** Sample reports as other agencies' reports of a year would be: another id, agency, year or section text. */
public final class CopyReports {
    public static final String[] SAMPLES = {"dushanzi-urban-management-2021", "unnamed-bureau-2023",
        "weibin-urban-management-2022", "wusu-urban-management-2023"};

    private CopyReports() {
    }

    /** The golden event edited as JSON. */
    public static ParsedReportEvent edit(ParsedReportEvent e, Consumer<ObjectNode> change) {
        ObjectNode tree = EventJson.mapper().valueToTree(e);
        change.accept(tree);
        return EventJson.read(tree.toString(), ParsedReportEvent.class);
    }

    /** The sample under another document id, as the report of the agency (name and key) for the year. */
    public static ParsedReportEvent as(String sample, String documentId, String agency, String agencyKey, int year) {
        return edit(TestReports.golden(sample), t -> {
            t.put("documentId", documentId);
            ObjectNode meta = (ObjectNode) t.at("/report/metadata");
            meta.put("agency", agency);
            meta.put("agencyKey", agencyKey);
            meta.put("year", year);
        });
    }

    /** The report with section {@code number}'s text replaced. */
    public static ParsedReportEvent withSection(ParsedReportEvent e, int number, String text) {
        return edit(e, t -> ((ObjectNode) t.at("/report/sections/" + (number - 1))).put("text", text));
    }

    public static String section(ParsedReportEvent e, int number) {
        return e.report().section(number).text();
    }

    /**
     * Wusu's 2023 report, and the unnamed bureau's 2023 report as another bureau of Wusu's wrote it with Wusu's
     * section 五 copied in, its figures and year changed.
     */
    public static ParsedReportEvent[] copiedPair() {
        ParsedReportEvent wusu = as("wusu-urban-management-2023", "a".repeat(64), "乌苏市城市管理局",
                "654202:城市管理局", 2023);
        String copied = section(wusu, 5).replace("2023", "2022").replace("2024", "2023");
        ParsedReportEvent other = withSection(as("unnamed-bureau-2023", "b".repeat(64), "乌苏市市场监督管理局",
                "654202:市场监督管理局", 2023), 5, copied);
        return new ParsedReportEvent[] {wusu, other};
    }
}
