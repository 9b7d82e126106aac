package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.EventTypes;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.schema.EventSchemas;
import ogi.parse.extract.TextDecoder;

/**
 * Real: the four sample reports and the parser. Each sample's parsed event is compared, every field and cell, with
 * its golden file {@code samples/golden/<sample>.parsed.json}, whose cells were checked by hand against the source
 * text. Regenerate after an intended change with {@code -Dgolden.update=true} and review the diff.
 */
class ReportParserGoldenTest {
    static final List<String> SAMPLES = List.of("dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt",
            "weibin-urban-management-2022.txt", "wusu-urban-management-2023.txt");

    static ParsedReportEvent parsedEvent(String sample) {
        byte[] bytes = SampleReports.bytes(sample);
        return new ParsedReportEvent(EventTypes.SCHEMA_VERSION, sha256(bytes), ReportParser.VERSION, Instant.EPOCH,
                sample, DocumentFormat.TEXT, new ReportParser().parse(TextDecoder.decode(bytes, "text/plain")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dushanzi-urban-management-2021.txt", "unnamed-bureau-2023.txt",
            "weibin-urban-management-2022.txt", "wusu-urban-management-2023.txt"})
    void parsedEventMatchesTheHandCheckedGoldenFile(String sample) throws Exception {
        String json = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(parsedEvent(sample));
        Path golden = SampleReports.dir().getParent().resolve("golden").resolve(sample.replace(".txt",
                ".parsed.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json + "\n");
        }
        JsonNode expected = EventJson.mapper().readTree(Files.readString(golden));
        JsonNode actual = EventJson.mapper().readTree(json);
        assertEquals(expected, actual, "parsed " + sample + " differs from " + golden);
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.PARSED_REPORT, json),
                "the parsed event of " + sample + " must follow its published schema");
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
