package ogi.query;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import ogi.query.report.ReportStatus;

/**
 * The API's JSON as the service wrote it before the answered shapes were records: the stored document minus a
 * deny-list. Kept only to prove the records answer the same ({@link AnsweredShapesTest}).
 */
final class LegacyJson {
    private static final JsonWriterSettings SETTINGS = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .dateTimeConverter((value, writer) -> writer.writeString(java.time.Instant.ofEpochMilli(value).toString()))
            .int64Converter((value, writer) -> writer.writeNumber(value.toString()))
            .build();
    private static final List<String> INTERNAL = List.of("_id", "statusRank", "agencySort", "yearSort",
            "maxSeverityRank", "severityRank", "firstSeenAt", "revision", "viewKeys");

    private LegacyJson() {
    }

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

    /** {@code GET /reports/{id}} as it was. */
    static String detail(Document stored, Map<String, Document> reviews) {
        Document report = report(stored);
        Document audit = report.get("audit", Document.class);
        List<Document> findings = audit == null ? null : audit.getList("findings", Document.class);
        if (findings != null) {
            findings.forEach(f -> f.append("review", review(reviews.get(f.getString("findingId")))));
        }
        return report.toJson(SETTINGS);
    }

    /** An item of {@code GET /reports} as it was (the listing's projection applied). */
    static String summary(Document stored) {
        Document copy = new Document(stored);
        copy.remove("report");
        copy.remove("text");
        copy.remove("audit");
        return report(copy).toJson(SETTINGS);
    }

    /** A finding of {@code GET /findings} as it was. */
    static String finding(Document doc, Map<String, Document> reviews) {
        Document view = new Document("findingId", doc.get("_id"));
        doc.forEach((k, v) -> {
            if (!INTERNAL.contains(k)) {
                view.append(k, v);
            }
        });
        return view.append("review", review(reviews.get(String.valueOf(doc.get("_id"))))).toJson(SETTINGS);
    }

    /** An alert of {@code GET /alerts} as it was. */
    static String alert(Document d) {
        Document view = new Document("seq", d.get("seq"));
        d.forEach((k, v) -> {
            if (!k.equals("_id") && !k.equals("seq") && !k.equals("severityRank")) {
                view.append(k, v);
            }
        });
        return view.toJson(SETTINGS);
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
}
