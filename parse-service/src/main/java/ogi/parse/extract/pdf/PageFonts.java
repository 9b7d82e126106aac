package ogi.parse.extract.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/** The fonts of one document, each read once however many pages and forms name it. */
final class PageFonts {
    private final Map<COSDictionary, PageFont> fonts = new IdentityHashMap<>();

    /** The font named {@code name} in {@code resources}, or null when there is none. */
    PageFont font(COSDictionary resources, String name) throws IOException {
        if (resources == null || name == null) {
            return null;
        }
        COSDictionary all = resources.getCOSDictionary(COSName.FONT);
        COSDictionary dict = all == null ? null : all.getCOSDictionary(COSName.getPDFName(name));
        if (dict == null) {
            return null;
        }
        PageFont font = fonts.get(dict);
        if (font == null) {
            font = DeclaredFont.of(dict);
            if (font == null) {
                font = new PdfBoxFont(PDFontFactory.createFont(dict));
            }
            fonts.put(dict, font);
        }
        return font;
    }
}
