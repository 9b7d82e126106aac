package ogi.parse.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import ogi.parse.extract.limits.UnreadableDocumentException;
import ogi.parse.extract.limits.ExtractionLimits;

/**
 * Reads a Word document's body in order: paragraphs one per line, real Word tables one row per line with cells
 * separated by tabs; a cell spanning columns ({@code gridSpan}) leaves empty cells after it, a vertically merged
 * continuation cell is empty.
 * <p>
 * The main part is streamed (StAX over the ZIP entry, found through the archive's directory, no other entry
 * expanded), not loaded as a document model: a model of an ordinary 2.6 MB file of plain paragraphs takes more
 * memory than the service has. What is held is the text, up to {@link ExtractionLimits#MAX_TEXT_CHARS}; the part
 * may expand to at most {@link ExtractionLimits#MAX_DOCX_XML_BYTES}. No DTD or external entity is read.
 */
public final class DocxTextExtractor {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final XMLInputFactory XML = xmlFactory();

    private DocxTextExtractor() {
    }

    public static String extract(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            ZipArchiveEntry main = zip.getEntry("word/document.xml");
            if (main == null) {
                throw new UnreadableDocumentException("DOCX cannot be read: it has no word/document.xml");
            }
            try (InputStream in = new Bounded(zip.getInputStream(main))) {
                return new Body(XML.createXMLStreamReader(in)).read();
            }
        } catch (IOException | XMLStreamException e) {
            throw new UnreadableDocumentException("DOCX cannot be read: " + e.getMessage(), e);
        }
    }

    /** The walk over {@code w:body}: where the reader is (paragraph, table cell) and what it has gathered. */
    private static final class Body {
        private final XMLStreamReader xml;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private final List<TableGrid> tables = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<StringBuilder> cells = new ArrayList<>();
        private final List<Integer> spans = new ArrayList<>();

        Body(XMLStreamReader xml) {
            this.xml = xml;
        }

        String read() throws XMLStreamException {
            while (xml.hasNext() && held() < ExtractionLimits.MAX_TEXT_CHARS) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                }
            }
            xml.close();
            return out.length() > ExtractionLimits.MAX_TEXT_CHARS ? out.substring(0, ExtractionLimits.MAX_TEXT_CHARS)
                    : out.toString();
        }

        /** Characters gathered so far, written out or not yet. */
        private long held() {
            long held = out.length() + paragraph.length();
            for (StringBuilder cell : cells) {
                held += cell.length();
            }
            return held;
        }

        private void start() throws XMLStreamException {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (MC.equals(ns) && name.equals("Fallback") || W.equals(ns) && (name.equals("instrText")
                    || name.equals("delText") || name.equals("txbxContent"))) {
                skip();
                return;
            }
            if (!W.equals(ns)) {
                return;
            }
            switch (name) {
                case "t" -> text().append(xml.getElementText());
                case "tab" -> text().append('\t');
                case "br", "cr" -> text().append('\n');
                case "tbl" -> {
                    tables.add(new TableGrid());
                    rows.add(null);
                }
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        rows.set(rows.size() - 1, new ArrayList<>());
                    }
                }
                case "tc" -> {
                    cells.add(new StringBuilder());
                    spans.add(1);
                }
                case "gridSpan" -> {
                    if (!spans.isEmpty()) {
                        spans.set(spans.size() - 1, TableGrid.span(xml.getAttributeValue(W, "val")));
                    }
                }
                default -> {
                }
            }
        }

        private void end() {
            if (!W.equals(xml.getNamespaceURI())) {
                return;
            }
            switch (xml.getLocalName()) {
                case "p" -> endParagraph();
                case "tc" -> endCell();
                case "tr" -> endRow();
                case "tbl" -> endTable();
                default -> {
                }
            }
        }

        /** Where text goes: the innermost open cell, else the paragraph. */
        private StringBuilder text() {
            return cells.isEmpty() ? paragraph : cells.get(cells.size() - 1);
        }

        private void endParagraph() {
            if (!cells.isEmpty()) {
                cells.get(cells.size() - 1).append('\n');
                return;
            }
            String line = paragraph.toString().strip();
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
            paragraph.setLength(0);
        }

        private void endCell() {
            if (cells.isEmpty()) {
                return;
            }
            String text = cells.remove(cells.size() - 1).toString().replaceAll("\\s+", " ").strip();
            int span = spans.remove(spans.size() - 1);
            List<String> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null) {
                return;
            }
            row.add(text);
            for (int i = 1; i < span; i++) {
                row.add("");
            }
        }

        private void endRow() {
            if (rows.isEmpty() || rows.get(rows.size() - 1) == null) {
                return;
            }
            tables.get(tables.size() - 1).addRow(rows.get(rows.size() - 1));
            rows.set(rows.size() - 1, null);
        }

        private void endTable() {
            if (tables.isEmpty()) {
                return;
            }
            TableGrid table = tables.remove(tables.size() - 1);
            rows.remove(rows.size() - 1);
            StringBuilder text = new StringBuilder();
            table.appendTo(text);
            if (cells.isEmpty()) {
                out.append(text);
            } else {
                cells.get(cells.size() - 1).append(text);
            }
        }

        private void skip() throws XMLStreamException {
            for (int depth = 1; depth > 0 && xml.hasNext();) {
                int event = xml.next();
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        }
    }

    /** The part's bytes, refused past {@link ExtractionLimits#MAX_DOCX_XML_BYTES} (a document that is a bomb). */
    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > ExtractionLimits.MAX_DOCX_XML_BYTES) {
                throw new UnreadableDocumentException("the DOCX text part expands beyond "
                        + ExtractionLimits.MAX_DOCX_XML_BYTES + " bytes (limit: ExtractionLimits.MAX_DOCX_XML_BYTES)");
            }
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
