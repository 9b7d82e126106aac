package ogi.parse.messaging;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.RawDocumentEvent;
import ogi.parse.config.ParseConfig;

/**
 * Counts parse attempts per document in the collection {@code parse_attempts}, written before parsing starts. A
 * document that kills the parser's JVM (out of memory, a native crash) is never nacked, so it would come back after
 * every restart; once it has been started {@code parse.max-attempts} times without finishing, it is sent to the
 * dead-letter topic instead (pitfall 8). A finished parse removes the count. Only documents that could crash the
 * parser are counted: every PDF and DOCX (their libraries' memory is not bounded by the parser), and text or HTML
 * from {@code parse.counted-from-bytes} (1 MiB) on; the two MongoDB round trips are spared on the rest.
 */
@ApplicationScoped
public class ParseAttempts {
    static final String COLLECTION = "parse_attempts";

    private final MongoCollection<Document> attempts;
    private final int maxAttempts;
    private final long countedFromBytes;

    public ParseAttempts(MongoClient client, ParseConfig config) {
        this.attempts = client.getDatabase(config.database()).getCollection(COLLECTION);
        this.maxAttempts = config.maxAttempts();
        this.countedFromBytes = config.countedFromBytes();
    }

    /** Whether the document's attempts are counted: it could crash the parser. */
    public boolean counted(RawDocumentEvent raw) {
        return raw.format() == DocumentFormat.PDF || raw.format() == DocumentFormat.DOCX
                || raw.sizeBytes() >= countedFromBytes;
    }

    /** Records one more attempt; true when the document has been tried more often than allowed. */
    public boolean exhausted(String documentId) {
        Document d = attempts.findOneAndUpdate(eq("_id", documentId),
                Updates.combine(Updates.inc("attempts", 1), Updates.set("lastAttemptAt", new Date())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return d != null && ((Number) d.get("attempts")).intValue() > maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public void finished(String documentId) {
        attempts.deleteOne(eq("_id", documentId));
    }
}
