package ogi.query.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import ogi.contracts.event.EventJson;

/**
 * An event's value as the MongoDB document that {@code Document.parse} of its JSON gives (the same fields, numbers
 * written without point or exponent as Int32 when they fit, else Int64, the others as Double), made from Jackson's
 * tree of it: the JSON text and its parsing in between cost about a tenth of the query service's CPU per document.
 */
final class StoredDocuments {
    /** The events' mapper, its tree keeping a BigDecimal as written (40 stays 40, not 40.0 or 4E+1). */
    private static final ObjectMapper TREES = EventJson.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private StoredDocuments() {
    }

    static Document of(Object value) {
        return document(TREES.valueToTree(value));
    }

    private static Document document(JsonNode object) {
        Document d = new Document();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            d.append(field.getKey(), value(field.getValue()));
        }
        return d;
    }

    /**
     * As the JSON reader takes the number Jackson writes: digits alone as Int32 when they fit, else Int64; with a
     * point or an exponent as Double (a BigDecimal is written as its toString: 146, 36.75, 1E+2).
     */
    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return integer(node.longValue());
        }
        if (node.isBigDecimal()) {
            String written = node.decimalValue().toString();
            if (written.indexOf('.') < 0 && written.indexOf('E') < 0) {
                return integer(Long.parseLong(written));
            }
            return Double.parseDouble(written);
        }
        return node.doubleValue();
    }

    private static Object integer(long v) {
        if (v == (int) v) {
            return (int) v;
        }
        return v;
    }

    private static Object value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return document(node);
            case ARRAY:
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    list.add(value(element));
                }
                return list;
            case NUMBER:
                return number(node);
            case BOOLEAN:
                return node.booleanValue();
            case NULL:
            case MISSING:
                return null;
            default:
                return node.asText();
        }
    }
}
