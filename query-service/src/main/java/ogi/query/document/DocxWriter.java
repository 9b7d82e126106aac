package ogi.query.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import ogi.query.document.AuditDocument.Block;
import ogi.query.document.AuditDocument.Heading;
import ogi.query.document.AuditDocument.Paragraph;
import ogi.query.document.AuditDocument.Table;
import ogi.query.document.AuditDocument.Tone;

/**
 * Writes an {@link AuditDocument} as a Word file (POI XWPF) an office can edit and send on: A4 with the running head
 * in the page header and page numbers in the footer, headings, paragraphs, and real Word tables whose header row
 * repeats on every page and whose flagged cells are shaded. Chinese is set in 宋体 (SimSun), which Word in China
 * has; the reader's Word substitutes a CJK font otherwise.
 */
@ApplicationScoped
public class DocxWriter {
    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String CJK = "宋体";
    private static final String LATIN = "Arial";
    private static final String FLAG_FILL = "F8C9C4";
    private static final String HEADER_FILL = "E6E9EE";

    public byte[] write(AuditDocument document) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            XWPFParagraph head = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            run(head, document.runningHead(), 8, false, "555555");
            XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            foot.setAlignment(ParagraphAlignment.CENTER);
            run(foot, "第 ", 8, false, "555555");
            foot.getCTP().addNewFldSimple().setInstr("PAGE");
            run(foot, " 页 Page", 8, false, "555555");

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, document.title(), 18, true, null);
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, document.subtitle(), 11, false, "555555");
            for (Block block : document.blocks()) {
                if (block instanceof Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(h.level() == 1 ? 240 : 120);
                    p.setSpacingAfter(60);
                    p.setKeepNext(true);
                    run(p, h.text(), h.level() == 1 ? 14 : h.level() == 2 ? 12 : 10.5, true, null);
                } else if (block instanceof Paragraph para) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingAfter(40);
                    if (para.tone() != Tone.STRONG) {
                        p.setIndentationLeft(240);
                    } else {
                        p.setSpacingBefore(100);
                    }
                    run(p, para.text(), para.tone() == Tone.SECONDARY ? 9 : 10.5, para.tone() == Tone.STRONG,
                            para.tone() == Tone.SECONDARY ? "555555" : null);
                } else if (block instanceof Table t) {
                    table(doc, t);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, 2 cm margins. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger twoCm = BigInteger.valueOf(1134);
        margins.setTop(twoCm);
        margins.setBottom(twoCm);
        margins.setLeft(twoCm);
        margins.setRight(twoCm);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void table(XWPFDocument doc, Table t) {
        int columns = t.widths().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
        table.setWidth("100%");
        double size = columns > 6 ? 8 : 9;
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            fill(cell, t.header().get(c), size, true, t.widths().get(c));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<AuditDocument.Cell> cells = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                AuditDocument.Cell value = c < cells.size() ? cells.get(c) : AuditDocument.Cell.of("");
                XWPFTableCell cell = row.getCell(c);
                if (value.flagged()) {
                    cell.setColor(FLAG_FILL);
                }
                fill(cell, value.text(), size, value.flagged(), t.widths().get(c));
            }
        }
        doc.createParagraph().setSpacingAfter(60);
    }

    private static void fill(XWPFTableCell cell, String text, double size, boolean bold, float share) {
        cell.setWidth(Math.round(share * 100) + "%");
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        run(p, text, size, bold, null);
    }

    /** A run of text in the CJK and Latin fonts; line breaks in the text become Word line breaks. */
    private static void run(XWPFParagraph p, String text, double size, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setFontFamily(LATIN, FontCharRange.ascii);
        run.setFontFamily(LATIN, FontCharRange.hAnsi);
        run.setFontFamily(CJK, FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
