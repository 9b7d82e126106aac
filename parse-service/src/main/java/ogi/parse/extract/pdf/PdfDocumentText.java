package ogi.parse.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import ogi.parse.extract.limits.UnreadableDocumentException;

/**
 * The text of a PDF in the layout the report parser reads: paragraphs one line per text line, table rows one per
 * line with tab-separated cells (read from the page geometry: {@link PageLayout}). Page numbers and running
 * headers and footers are dropped, so a table continued on the next page is one run of rows; a header row that the
 * continuation repeats is dropped too. A PDF that cannot be opened is damaged; one with pages but no text is a scan.
 */
public final class PdfDocumentText {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d{1,4}[-—–－\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?$");
    /** Lines this close to the top or bottom edge (share of the page height) may be running headers or footers. */
    private static final float MARGIN = 0.1f;
    /** How far from the end of the file %%EOF is looked for. */
    private static final int TAIL = 4096;

    private PdfDocumentText() {
    }

    public static String extract(byte[] bytes) {
        if (truncated(bytes)) {
            throw new UnreadableDocumentException("the PDF is damaged: it ends before its %%EOF marker (truncated)");
        }
        List<List<PageItem>> pages = new ArrayList<>();
        List<PageGeometry> geometry = new ArrayList<>();
        try (PDDocument doc = load(bytes)) {
            int count = doc.getNumberOfPages();
            if (count > PdfLimits.MAX_PAGES) {
                throw new PdfLimitException("PDF has " + count + " pages, more than " + PdfLimits.MAX_PAGES);
            }
            PageReader.GlyphBudget budget = PageReader.newBudget();
            PageFonts fonts = new PageFonts();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                PageGeometry g = PageReader.read(page, ++number, budget, fonts);
                geometry.add(g);
                pages.add(PageLayout.items(g));
            }
            if (count == 0) {
                throw new UnreadableDocumentException("the PDF is damaged: it has no pages");
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("the PDF is damaged: " + e.getMessage(), e);
        }
        String text = join(pages, geometry);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("PDF has no text layer (a scanned image?); OCR is not supported");
        }
        return text;
    }

    /**
     * A PDF ends with %%EOF (some writers add a little after it). Without one the file was cut short, and PDFBox's
     * lenient parser would read what is left as if it were the whole document.
     */
    private static boolean truncated(byte[] bytes) {
        int from = Math.max(0, bytes.length - TAIL);
        for (int i = bytes.length - 5; i >= from; i--) {
            if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O'
                    && bytes[i + 4] == 'F') {
                return false;
            }
        }
        return true;
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(PdfLimits.MAX_CACHE_IN_MEMORY, PdfLimits.MAX_CACHE).streamCache);
    }

    private static String join(List<List<PageItem>> pages, List<PageGeometry> geometry) {
        StringBuilder out = new StringBuilder();
        List<PageItem> run = new ArrayList<>();
        int lastRowStart = -1;
        for (int p = 0; p < pages.size(); p++) {
            List<PageItem> items = withoutRunningLines(pages.get(p), geometry.get(p), pages);
            int start = !run.isEmpty() && !items.isEmpty() && items.get(0).isTableRow() ? repeatedHeader(run, items) : 0;
            for (int i = start; i < items.size(); i++) {
                PageItem item = items.get(i);
                if (i == start && !run.isEmpty() && item.isTableRow() && SplitRow.continues(run.get(run.size() - 1), item)) {
                    item = SplitRow.joined(run.get(run.size() - 1), item);
                    run.set(run.size() - 1, item);
                    out.setLength(lastRowStart);
                } else if (item.isTableRow()) {
                    run.add(item);
                    lastRowStart = out.length();
                } else {
                    run.clear();
                }
                out.append(item.text()).append('\n');
                if (out.length() > PdfLimits.MAX_TEXT_CHARS) {
                    throw new PdfLimitException("PDF text is longer than " + PdfLimits.MAX_TEXT_CHARS + " characters");
                }
            }
        }
        return out.toString();
    }

    /**
     * How many rows at the start of a continued table repeat the first rows of the table it continues (a header
     * repeated on each page).
     */
    private static int repeatedHeader(List<PageItem> table, List<PageItem> items) {
        int k = 0;
        while (k < items.size() && k < table.size() - 1 && items.get(k).isTableRow()
                && items.get(k).text().equals(table.get(k).text())) {
            k++;
        }
        return k;
    }

    /**
     * The page's items without page numbers and without lines in the top or bottom margin that other pages repeat
     * (a running header or footer, digits aside).
     */
    private static List<PageItem> withoutRunningLines(List<PageItem> items, PageGeometry page,
            List<List<PageItem>> pages) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            boolean edge = item.y() < page.height() * MARGIN || item.y() > page.height() * (1 - MARGIN);
            boolean outermost = i == 0 || i == items.size() - 1;
            if (!item.isTableRow() && (edge || outermost) && isRunning(item, pages)) {
                continue;
            }
            out.add(item);
        }
        return out;
    }

    private static boolean isRunning(PageItem item, List<List<PageItem>> pages) {
        String text = String.join("", item.cells()).strip();
        if (PAGE_NUMBER.matcher(text).matches()) {
            return true;
        }
        if (pages.size() < 3) {
            return false;
        }
        String shape = text.replaceAll("\\d+", "#");
        int seen = 0;
        for (List<PageItem> page : pages) {
            for (int i = 0; i < page.size(); i += Math.max(1, page.size() - 1)) {
                PageItem other = page.get(i);
                if (!other.isTableRow() && String.join("", other.cells()).strip().replaceAll("\\d+", "#")
                        .equals(shape)) {
                    seen++;
                    break;
                }
            }
        }
        return seen >= 3;
    }
}
