package ogi.parse.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import ogi.contracts.event.DocumentFormat;

/**
 * Renders a report's text (a layout with table rows as tab- or {@code |}-separated lines) as an HTML page or a Word
 * document with real tables, as agencies publish them: group labels span their rows (rowspan), a one-cell title
 * row spans the table (colspan). Used by the format tests and, through this module's test jar, the benchmarks.
 */
public final class FormatSamples {
    private static final java.util.Map<String, Integer> ROWSPANS = java.util.Map.of("三、本年度办理结果", 22,
            "(三)不予公开", 8, "(四)无法提供", 3, "(五)不予处理", 5, "(六)其他处理", 3);

    private FormatSamples() {
    }

    public static byte[] render(String text, DocumentFormat format) {
        return switch (format) {
            case TEXT -> text.getBytes(StandardCharsets.UTF_8);
            case HTML -> html(text).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(text);
            case PDF -> throw new IllegalArgumentException("PDFs need a CJK font; use the committed fixtures");
        };
    }

    public static String html(String text) {
        Document doc = Document.createShell("");
        Element table = null;
        for (String line : text.split("\n")) {
            List<String> cells = cells(line);
            if (!isTableLine(line)) {
                table = null;
                doc.body().appendElement("p").text(line);
                continue;
            }
            if (table == null) {
                table = doc.body().appendElement("table");
            }
            Element tr = table.appendElement("tr");
            for (String cell : cells) {
                Element td = tr.appendElement("td").text(cell);
                Integer span = ROWSPANS.get(cell.replace("（", "(").replace("）", ")"));
                if (span != null) {
                    td.attr("rowspan", String.valueOf(span));
                }
            }
            if (cells.size() == 1) {
                tr.child(0).attr("colspan", "4");
            }
        }
        return doc.outerHtml();
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : text.split("\n")) {
                List<String> cells = cells(line);
                if (!isTableLine(line)) {
                    table = null;
                    doc.createParagraph().createRun().setText(line);
                    continue;
                }
                XWPFTableRow row;
                if (table == null) {
                    table = doc.createTable();
                    row = table.getRow(0);
                } else {
                    row = table.createRow();
                }
                while (row.getTableCells().size() < cells.size()) {
                    row.addNewTableCell();
                }
                for (int i = 0; i < cells.size(); i++) {
                    row.getCell(i).setText(cells.get(i));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTableLine(String line) {
        return line.contains("|") || line.contains("\t");
    }

    /** The cells of a table line ({@code |} or tab separated); a line of prose is one cell. */
    public static List<String> cells(String line) {
        String l = line.strip().replaceAll("^\\|", "").replaceAll("\\|\\s*$", "");
        String separator = line.contains("|") ? "\\|" : "\t";
        List<String> cells = new ArrayList<>();
        for (String c : l.split(separator, -1)) {
            cells.add(c.strip());
        }
        return cells;
    }
}
