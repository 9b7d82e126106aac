package ogi.query.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An opaque position in a sorted listing: the sort value and the id of the last item returned. The next page
 * starts strictly after it, so pages neither skip nor repeat items while reports keep arriving.
 */
public record Cursor(Object value, String id) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        ObjectNode d = JSON.createObjectNode().put("i", id);
        if (value instanceof Date date) {
            d.put("t", date.getTime());
        } else if (value instanceof Number n) {
            d.put("n", n.longValue());
        } else {
            d.put("s", String.valueOf(value));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given back by a client; anything else is refused. */
    public static Cursor decode(String text) {
        try {
            JsonNode d = JSON.readTree(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
            String id = d.path("i").asText(null);
            if (id == null || !id.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad id");
            }
            if (d.path("t").isNumber()) {
                return new Cursor(new Date(d.get("t").longValue()), id);
            }
            if (d.path("n").isNumber()) {
                return new Cursor(d.get("n").intValue(), id);
            }
            if (d.path("s").isTextual()) {
                return new Cursor(d.get("s").asText(), id);
            }
            throw new IllegalArgumentException("no value");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this service gave out");
        }
    }
}
