package ogi.query.region;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;

import ogi.contracts.region.Division;
import ogi.contracts.region.DivisionTable;
import ogi.query.config.QueryConfig;

/**
 * Which division each agency belongs to: read from its name and text with the shipped division table, unless a
 * person corrected it ({@code agency_divisions}, {@code _id} = agency name), which then holds for its reports.
 */
@ApplicationScoped
public class AgencyDivisions {
    static final String COLLECTION = "agency_divisions";

    private final MongoCollection<Document> corrections;
    private final DivisionTable table = DivisionTable.shipped();

    public AgencyDivisions(MongoClient client, QueryConfig config) {
        this.corrections = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    /** The division of an agency, and where it came from ({@code corrected} or {@code name}). */
    public record Placed(Division division, String source) {
    }

    public Optional<Placed> of(String agency, String text) {
        if (agency == null) {
            return Optional.empty();
        }
        Document corrected = corrections.find(eq("_id", agency)).first();
        if (corrected != null) {
            return table.byCode(corrected.getString("code")).map(d -> new Placed(d, "corrected"));
        }
        return table.resolve(agency, text).map(d -> new Placed(d, "name"));
    }

    public Optional<Division> byCode(String code) {
        return table.byCode(code);
    }

    /** Whether the text has the shape of a region code: 2, 4 or 6 digits (GB/T 2260). */
    public static boolean isCode(String code) {
        return code != null && code.matches("\\d{2}(\\d{2}){0,2}");
    }

    public void correct(String agency, Division division, String by) {
        corrections.replaceOne(eq("_id", agency), new Document("_id", agency).append("code", division.code())
                .append("by", by).append("at", new Date()), new ReplaceOptions().upsert(true));
    }

    /** The report fields of a placed division: the division itself and the codes of every level, for filtering. */
    public static Document fields(Placed placed) {
        Division d = placed.division();
        return new Document("code", d.code()).append("province", d.province()).append("prefecture", d.prefecture())
                .append("county", d.county()).append("path", d.path()).append("source", placed.source());
    }

    /** 654202 → [65, 6542, 654202]: a report is in each of these regions. */
    public static List<String> levels(String code) {
        return code.length() <= 2 ? List.of(code) : code.length() <= 4 ? List.of(code.substring(0, 2), code)
                : List.of(code.substring(0, 2), code.substring(0, 4), code);
    }
}
