package ogi.query.api;

import org.bson.Document;

/**
 * Where a report's agency sits among the administrative divisions: the division's code, its province, prefecture
 * and county names, its path as text, and what placed it ({@code source}).
 */
public record Placement(String code, String province, String prefecture, String county, String path,
        String source) {

    static Placement from(Document doc) {
        return doc == null ? null
                : new Placement(Stored.text(doc, "code"), Stored.text(doc, "province"),
                        Stored.text(doc, "prefecture"), Stored.text(doc, "county"), Stored.text(doc, "path"),
                        Stored.text(doc, "source"));
    }
}
