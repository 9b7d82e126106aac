package ogi.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The shapes that used to kill services, made here byte by byte (no library between the test and the bytes): a
 * small PDF that shows a million glyphs, an HTML table of huge spans, a Word file of 20 MB of plain paragraphs,
 * reports of 10 MB, an archive that expands to 150 MB within the limits, a zip bomb.
 */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A one-page PDF whose compressed content stream shows {@code glyphs} characters (a few kB on disk). */
    static byte[] glyphBombPdf(int glyphs) throws IOException {
        StringBuilder content = new StringBuilder("BT /F1 1 Tf 10 10 Td\n");
        for (int i = 0; i < glyphs; i += 10) {
            content.append("(aaaaaaaaaa) Tj\n");
        }
        content.append("ET\n");
        byte[] stream = deflate(content.toString().getBytes(StandardCharsets.US_ASCII));
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>"));
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        contents.write(ascii("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"));
        contents.write(stream);
        contents.write(ascii("\nendstream"));
        objects.add(contents.toByteArray());
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write(ascii("%PDF-1.7\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.write(ascii((i + 1) + " 0 obj\n"));
            pdf.write(objects.get(i));
            pdf.write(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.write(ascii(table.toString()));
        return pdf.toByteArray();
    }

    /** An HTML page with a table of {@code cells} cells, each spanning 100 rows and 100 columns. */
    static byte[] spanBombHtml(int cells) {
        StringBuilder html = new StringBuilder("<html><body><p>政府信息公开工作年度报告</p><table>");
        for (int i = 0; i < cells; i++) {
            if (i % 100 == 0) {
                html.append(i == 0 ? "<tr>" : "</tr><tr>");
            }
            html.append("<td rowspan=\"100\" colspan=\"100\">1</td>");
        }
        return html.append("</tr></table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Word document: the report's lines as paragraphs, then plain paragraphs up to {@code textBytes}. */
    static byte[] largeDocx(String report, long textBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxml"
                    + "formats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            for (String line : report.split("\n")) {
                zip.write(paragraph(line));
            }
            String filler = "本机关持续推进政府信息公开工作，不断提高公开质量和实效。";
            long written = 0;
            for (int i = 0; written < textBytes; i++) {
                byte[] p = paragraph(filler + i);
                zip.write(p);
                written += p.length;
            }
            zip.write(ascii("</w:body></w:document>"));
        }
        return out.toByteArray();
    }

    /** A text report made about {@code bytes} long: the report, then lines of prose, each numbered. */
    static byte[] largeReport(String report, String marker, int bytes) {
        StringBuilder text = new StringBuilder(report).append('\n').append(marker).append('\n');
        for (int i = 0; text.length() * 3 < bytes - 200; i++) {
            text.append("附：第").append(i).append("条政府信息已按规定主动公开，").append(marker).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP of {@code files} text reports of about {@code bytesEach} bytes, compressed as usual. */
    static byte[] archiveOfLargeReports(String report, int files, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < files; i++) {
                zip.putNextEntry(new ZipEntry("县级报告/report-" + i + ".txt"));
                zip.write(largeReport(report, "（压缩包第" + i + "份）", bytesEach));
            }
        }
        return out.toByteArray();
    }

    /** About 1 MB that expands to 40 files of 9 MB of zeros. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int file = 0; file < 40; file++) {
                zip.putNextEntry(new ZipEntry("bomb-" + file + ".txt"));
                for (int mb = 0; mb < 9; mb++) {
                    zip.write(zeros);
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] paragraph(String text) {
        return ("<w:p><w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
