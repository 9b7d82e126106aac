package ogi.query.rest;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Documents built by the resources not yet typed (a region's year, an agency's two years compared, a views rebuild)
 * as JSON: dates as ISO-8601 text, 64-bit integers as numbers. Stored documents are never answered through here:
 * reports, findings, reviews, alerts, agencies and stats are records of {@code ogi.query.api}.
 */
final class Json {
    private static final JsonWriterSettings SETTINGS = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .dateTimeConverter((value, writer) -> writer.writeString(java.time.Instant.ofEpochMilli(value).toString()))
            .int64Converter((value, writer) -> writer.writeNumber(value.toString()))
            .build();

    private Json() {
    }

    static String write(Document doc) {
        return doc.toJson(SETTINGS);
    }
}
