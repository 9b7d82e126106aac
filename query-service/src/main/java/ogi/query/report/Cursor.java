package ogi.query.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

import org.bson.Document;

/**
 * An opaque position in a sorted listing: the sort value and the id of the last item returned. The next page
 * starts strictly after it, so pages neither skip nor repeat items while reports keep arriving.
 */
public record Cursor(Object value, String id) {

    public String encode() {
        Document d = new Document("i", id);
        if (value instanceof Date date) {
            d.append("t", date.getTime());
        } else if (value instanceof Number n) {
            d.append("n", n.longValue());
        } else {
            d.append("s", String.valueOf(value));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given back by a client; anything else is refused. */
    public static Cursor decode(String text) {
        try {
            Document d = Document.parse(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
            String id = d.getString("i");
            if (id == null || !id.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad id");
            }
            if (d.containsKey("t")) {
                return new Cursor(new Date(((Number) d.get("t")).longValue()), id);
            }
            if (d.containsKey("n")) {
                return new Cursor(((Number) d.get("n")).intValue(), id);
            }
            if (d.get("s") instanceof String s) {
                return new Cursor(s, id);
            }
            throw new IllegalArgumentException("no value");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this service gave out");
        }
    }
}
