package ogi.ingest.document;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The batch of an upload of several files or a ZIP: a random id, carried by every raw event the upload publishes,
 * and how many documents it publishes (distinct ids not ingested before), so that the query service knows when the
 * batch is done. {@link #NONE} for a document uploaded on its own; a batch that publishes nothing has no id either.
 */
record Batch(String id, Integer size) {
    static final Batch NONE = new Batch(null, null);
    private static final SecureRandom RANDOM = new SecureRandom();

    interface Known {
        boolean known(String documentId, String fileName);
    }

    static Batch of(List<DocumentIngestion.Checked> documents, Known known) {
        Set<String> fresh = new LinkedHashSet<>();
        for (DocumentIngestion.Checked d : documents) {
            if (!fresh.contains(d.documentId()) && !known.known(d.documentId(), d.upload().fileName())) {
                fresh.add(d.documentId());
            }
        }
        if (fresh.isEmpty()) {
            return NONE;
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return new Batch(HexFormat.of().formatHex(id), fresh.size());
    }

    IngestAnswer answer(List<AcceptedDocument> documents) {
        return new IngestAnswer(id, size, documents);
    }
}
