package ogi.parse.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small PDFs that ask for a lot: a Flate-compressed content stream that repeats one operation many times (a few kB
 * of file, millions of glyphs or path segments), and documents of many pages sharing one content stream.
 */
final class HostilePdfs {
    private HostilePdfs() {
    }

    /** One page whose content stream shows {@code glyphs} glyphs. */
    static byte[] glyphBomb(int glyphs) {
        return pages(1, repeat("BT /F1 1 Tf 10 10 Td ", "(a) Tj ", glyphs, "ET"));
    }

    /** {@code pages} pages, each showing {@code glyphsPerPage} glyphs (one shared content stream). */
    static byte[] glyphsOnEveryPage(int pages, int glyphsPerPage) {
        return pages(pages, repeat("BT /F1 1 Tf 10 10 Td ", "(a) Tj ", glyphsPerPage, "ET"));
    }

    /** One page that strokes {@code segments} short lines. */
    static byte[] pathBomb(int segments) {
        return pages(1, repeat("", "10 10 m 20 10 l S ", segments, ""));
    }

    /** {@code pages} pages with one word of text each. */
    static byte[] manyPages(int pages) {
        return pages(pages, "BT /F1 12 Tf 72 720 Td (page) Tj ET".getBytes(StandardCharsets.US_ASCII));
    }

    /** A page that draws only a filled shape: pages, but no text layer (as a scan without OCR). */
    static byte[] noText() {
        return pages(2, "0 0 1 rg 72 72 200 200 re f".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] repeat(String head, String op, int times, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + op.length() * times + tail.length());
        byte[] o = op.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < times; i++) {
            out.writeBytes(o);
        }
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] pages(int count, byte[] content) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDStream stream = new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
