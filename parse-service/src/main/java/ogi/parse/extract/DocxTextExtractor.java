package ogi.parse.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document's body in order: paragraphs one per line, real Word tables one row per line with cells
 * separated by tabs; a cell spanning columns ({@code gridSpan}) leaves empty cells after it, a vertically merged
 * continuation cell is empty.
 */
public final class DocxTextExtractor {
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(10_000);
    }

    private DocxTextExtractor() {
    }

    public static String extract(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().strip();
                    if (!text.isEmpty()) {
                        out.append(text).append('\n');
                    }
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, out);
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("DOCX cannot be read: " + e.getMessage(), e);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        TableGrid grid = new TableGrid();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                var tcPr = cell.getCTTc().getTcPr();
                int span = tcPr != null && tcPr.getGridSpan() != null ? tcPr.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < Math.min(span, 100); i++) {
                    cells.add("");
                }
            }
            grid.addRow(cells);
        }
        grid.appendTo(out);
    }
}
