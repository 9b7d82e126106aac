package ogi.query.api;

import org.bson.Document;

/** A report's findings counted by severity. */
public record FindingCounts(Long info, Long warning, Long error) {

    static FindingCounts from(Document doc) {
        return doc == null ? null
                : new FindingCounts(Stored.longValue(doc, "info"), Stored.longValue(doc, "warning"),
                        Stored.longValue(doc, "error"));
    }
}
