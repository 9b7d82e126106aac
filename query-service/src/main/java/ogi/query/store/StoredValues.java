package ogi.query.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.fasterxml.jackson.core.JsonProcessingException;

import ogi.contracts.event.EventJson;

/**
 * Reading stored MongoDB values into typed values: dates as instants, numbers widened, and the deep parts the
 * pipeline stored from a contract record ({@code Report}, {@code Finding}, {@code RuleResult}) read back into it.
 */
final class StoredValues {
    private static final JsonWriterSettings SETTINGS = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .dateTimeConverter((value, writer) -> writer.writeString(Instant.ofEpochMilli(value).toString()))
            .int64Converter((value, writer) -> writer.writeNumber(value.toString()))
            .build();

    /** Ids per {@code $in} query: a batch or a region's list can name thousands of documents. */
    private static final int IN_PAGE = 500;

    private StoredValues() {
    }

    static Instant instant(Document doc, String key) {
        Object v = doc.get(key);
        if (v instanceof Date d) {
            return d.toInstant();
        }
        return v instanceof String s ? Instant.parse(s) : null;
    }

    static Long longValue(Document doc, String key) {
        return doc.get(key) instanceof Number n ? n.longValue() : null;
    }

    static Integer intValue(Document doc, String key) {
        return doc.get(key) instanceof Number n ? n.intValue() : null;
    }

    static String text(Document doc, String key) {
        Object v = doc.get(key);
        return v == null ? null : v.toString();
    }

    static Document document(Document doc, String key) {
        return doc.get(key) instanceof Document d ? d : null;
    }

    static List<Document> documents(Document doc, String key) {
        List<Document> list = new ArrayList<>();
        if (doc.get(key) instanceof List<?> values) {
            values.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(list::add);
        }
        return list;
    }

    static List<String> strings(Document doc, String key) {
        if (!(doc.get(key) instanceof List<?> values)) {
            return null;
        }
        return values.stream().map(v -> v == null ? null : v.toString()).toList();
    }

    /** A stored sub-document read as the contract record it was written from (unknown fields skipped). */
    static <T> T as(Document doc, Class<T> type) {
        if (doc == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(doc.toJson(SETTINGS), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The ids in pages small enough for one {@code $in} query each. */
    static List<List<String>> pages(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_PAGE) {
            pages.add(all.subList(from, Math.min(all.size(), from + IN_PAGE)));
        }
        return pages;
    }

    /** A stored {@code revision}, 0 when there is none. */
    static long revision(Document doc) {
        return doc != null && doc.get("revision") instanceof Number n ? n.longValue() : 0;
    }
}
