package ogi.ingest.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an upload: a result per file and, for several files or a ZIP that published at least one document,
 * the batch's id and how many documents it published ({@code GET /batches/{batchId}} on the query service follows
 * them through the pipeline).
 */
public record IngestAnswer(
        @JsonInclude(JsonInclude.Include.NON_NULL) String batchId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer batchSize,
        List<AcceptedDocument> documents) {
}
