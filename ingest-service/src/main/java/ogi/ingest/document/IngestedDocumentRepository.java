package ogi.ingest.document;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ogi.contracts.event.RawDocumentEvent;
import ogi.ingest.config.IngestConfig;

/** The ingest service's own collection {@code ingested_documents}: one entry per document id published. */
@ApplicationScoped
public class IngestedDocumentRepository {
    static final String COLLECTION = "ingested_documents";

    private final MongoCollection<Document> collection;

    public IngestedDocumentRepository(MongoClient client, IngestConfig config) {
        this.collection = client.getDatabase(config.database()).getCollection(COLLECTION);
    }

    public boolean exists(String documentId) {
        return collection.find(eq("_id", documentId)).limit(1).first() != null;
    }

    /** Idempotent: a second record of the same id changes nothing. */
    public void record(RawDocumentEvent event) {
        collection.updateOne(eq("_id", event.documentId()), Updates.combine(
                Updates.setOnInsert("fileName", event.fileName()),
                Updates.setOnInsert("contentType", event.contentType()),
                Updates.setOnInsert("format", event.format().name()),
                Updates.setOnInsert("sizeBytes", event.sizeBytes()),
                Updates.setOnInsert("sourceUrl", event.sourceUrl()),
                Updates.setOnInsert("receivedAt", Date.from(event.receivedAt())),
                Updates.set("lastPostedAt", Date.from(Instant.now()))),
                new UpdateOptions().upsert(true));
    }
}
