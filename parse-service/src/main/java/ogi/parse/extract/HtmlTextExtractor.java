package ogi.parse.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML page into the text layout the report parser reads: paragraphs and headings one per line, each table
 * row one line with its cells separated by tabs. A cell spanning columns or rows leaves empty cells in its place, as
 * a merged cell does in a text export.
 */
public final class HtmlTextExtractor {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlTextExtractor() {
    }

    public static String extract(byte[] bytes, String contentType) {
        Charset declared = TextDecoder.declaredCharset(contentType);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        String html = TextDecoder.decode(bytes, declared == null ? null : "charset=" + declared.name());
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        appendBlock(doc.body(), out);
        return out.toString();
    }

    /** The charset a {@code <meta>} tag declares in the first 4 KB, read as ASCII. */
    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        var m = META_CHARSET.matcher(head);
        return m.find() ? TextDecoder.declaredCharset("charset=" + m.group(1)) : null;
    }

    private static void appendBlock(Element element, StringBuilder out) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    flush(inline, out);
                    TableGrid.fromHtml(e).appendTo(out);
                } else if (tag.equals("br")) {
                    flush(inline, out);
                } else if (e.isBlock() || tag.equals("tr") || tag.equals("li")) {
                    flush(inline, out);
                    appendBlock(e, out);
                } else if (!tag.equals("script") && !tag.equals("style")) {
                    inline.append(e.text());
                }
            }
        }
        flush(inline, out);
    }

    private static void flush(StringBuilder inline, StringBuilder out) {
        String line = inline.toString().replace('\u00a0', ' ').strip();
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
        inline.setLength(0);
    }
}
