package ogi.query.rest;

import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import ogi.query.report.ReportStatus;

/** MongoDB documents as the API's JSON: ids as {@code documentId}/{@code findingId}, dates as ISO-8601 text. */
final class Json {
    private static final JsonWriterSettings SETTINGS = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .dateTimeConverter((value, writer) -> writer.writeString(java.time.Instant.ofEpochMilli(value).toString()))
            .int64Converter((value, writer) -> writer.writeNumber(value.toString()))
            .build();
    private static final List<String> INTERNAL = List.of("_id", "statusRank", "agencySort", "yearSort",
            "maxSeverityRank", "severityRank", "firstSeenAt", "revision", "viewKeys");

    private Json() {
    }

    /** A report: its id, status name and stored fields, without the internal sort keys. */
    static Document report(Document doc) {
        Document view = new Document("documentId", doc.get("_id"));
        view.append("status", ReportStatus.ofRank(doc.getInteger("statusRank", ReportStatus.RECEIVED.rank())).label());
        doc.forEach((k, v) -> {
            if (!INTERNAL.contains(k)) {
                view.append(k, v);
            }
        });
        return view;
    }

    static Document finding(Document doc) {
        Document view = new Document("findingId", doc.get("_id"));
        doc.forEach((k, v) -> {
            if (!INTERNAL.contains(k)) {
                view.append(k, v);
            }
        });
        return view;
    }

    /** A finding with its review (decision, reason, reviewer, time, earlier decisions), or {@code review: null}. */
    static Document finding(Document doc, java.util.Map<String, Document> reviews) {
        return finding(doc).append("review", review(reviews.get(String.valueOf(doc.get("_id")))));
    }

    static Document review(Document review) {
        if (review == null) {
            return null;
        }
        Document view = new Document();
        review.forEach((k, v) -> {
            if (!k.equals("_id")) {
                view.append(k, v);
            }
        });
        return view;
    }

    static String write(Document doc) {
        return doc.toJson(SETTINGS);
    }

    static String array(List<Document> docs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < docs.size(); i++) {
            b.append(i == 0 ? "" : ",").append(write(docs.get(i)));
        }
        return b.append(']').toString();
    }
}
