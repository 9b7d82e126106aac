package ogi.contracts.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas of the events (files under {@code schemas/} in this module), for contract tests: what a producer
 * writes must validate against the schema its consumers read. Needs com.networknt:json-schema-validator on the
 * class path (an optional dependency of this module).
 */
public final class EventSchemas {
    public static final String RAW_DOCUMENT = "urn:ogi:schemas:raw-document:v1";
    public static final String PARSED_REPORT = "urn:ogi:schemas:parsed-report:v1";
    public static final String AUDIT_RESULT = "urn:ogi:schemas:audit-result:v1";
    public static final String ALERT = "urn:ogi:schemas:alert:v1";
    public static final String REVIEW = "urn:ogi:schemas:review:v1";

    private static final Map<String, String> FILES = Map.of(
            "urn:ogi:schemas:common", "common.schema.json",
            RAW_DOCUMENT, "raw-document.v1.schema.json",
            PARSED_REPORT, "parsed-report.v1.schema.json",
            AUDIT_RESULT, "audit-result.v1.schema.json",
            ALERT, "alert.v1.schema.json",
            REVIEW, "review.v1.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(texts()));

    private EventSchemas() {
    }

    /** Validation messages of the JSON against the schema; empty when it is valid. */
    public static List<String> validate(String schemaId, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaId));
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        FILES.forEach((id, file) -> texts.put(id, read("/schemas/" + file)));
        return texts;
    }

    private static String read(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
