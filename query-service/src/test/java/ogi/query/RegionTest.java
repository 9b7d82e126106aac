package ogi.query;

import static org.awaitility.Awaitility.await;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.Severity;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the sample agencies placed in their divisions from their names, a region's year rolled up
 * with its agencies ranked by errors, an agency's division corrected, and a region's workbook.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class RegionTest {
    @Inject
    @Any
    InMemoryConnector connector;

    private static ParsedReportEvent golden(String sample) throws Exception {
        return EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/" + sample + ".parsed.json")), ParsedReportEvent.class);
    }

    private void send(String channel, String key, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, EventJson.write(event)));
    }

    private static Finding error(String id, String rule) {
        Location at = Location.table("table1");
        return new Finding(Finding.idOf(id, rule, at), rule, "test", Severity.ERROR, "中文", "English", at, "1", "0",
                List.of());
    }

    @Test
    void agenciesArePlacedRolledUpRankedCorrectedAndExported() throws Exception {
        ParsedReportEvent wusu = golden("wusu-urban-management-2023");
        ParsedReportEvent unnamed = golden("unnamed-bureau-2023");
        ParsedReportEvent weibin = golden("weibin-urban-management-2022");
        for (ParsedReportEvent e : List.of(wusu, unnamed, weibin)) {
            send("parsed", e.documentId(), e);
        }
        send("audited", weibin.documentId(), new AuditResultEvent(1, weibin.documentId(), "t", Instant.now(),
                "新乡市卫滨区城市管理局", 2022, List.of(error(weibin.documentId(), "COMP-003"))));
        await("the weibin report placed and audited").atMost(Duration.ofSeconds(10)).until(() -> {
            var report = given().get("/reports/" + weibin.documentId()).jsonPath();
            return report.getString("division.code") != null && report.getString("findingCounts") != null;
        });
        given().get("/reports/" + wusu.documentId()).then()
                .body("division.path", equalTo("新疆维吾尔自治区 / 塔城地区 / 乌苏市"))
                .body("division.code", equalTo("654202")).body("region", equalTo("乌苏市"));
        given().get("/reports/" + weibin.documentId()).then().body("division.path", equalTo("河南省 / 新乡市 / 卫滨区"));

        var henan = given().queryParam("year", 2022).get("/regions/41").then().statusCode(200).extract().jsonPath();
        assertEquals("河南省", henan.getString("region.name"));
        assertEquals(1, henan.getInt("reports"));
        assertEquals(1, henan.getInt("findings.error"));
        assertEquals("新乡市卫滨区城市管理局", henan.getString("agencies[0].agency"));
        assertEquals(1, henan.getInt("agencies[0].rank"));
        given().queryParam("year", 2022).get("/regions/4107").then().body("reports", equalTo(1));
        assertEquals(1, henan.getInt("agenciesRanked"));
        given().queryParam("year", 2022).queryParam("top", 0).get("/regions/41").then().statusCode(400);

        var tacheng = given().queryParam("year", 2023).get("/regions/6542").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(1, tacheng.getInt("reports"));
        double received = tacheng.getDouble("applications.new_applications");
        assertTrue(received >= 0);
        given().queryParam("year", 2023).get("/regions/99").then().statusCode(404);
        given().queryParam("year", 2023).get("/regions/6x").then().statusCode(400);
        given().get("/regions/65").then().statusCode(400);

        // a person moves 乌苏市城市管理局 to 沙湾市 (654203): its report follows
        given().contentType(ContentType.JSON).body("{\"code\":\"654203\"}").put("/regions/agencies/乌苏市城市管理局")
                .then().statusCode(200).body("reportsMoved", equalTo(1));
        given().get("/reports/" + wusu.documentId()).then().body("division.code", equalTo("654203"))
                .body("division.source", equalTo("corrected"));
        given().queryParam("year", 2023).get("/regions/654202").then().body("reports", equalTo(0));
        given().queryParam("year", 2023).get("/regions/654203").then().body("reports", equalTo(1))
                .body("agencies[0].agency", equalTo("乌苏市城市管理局"));
        given().contentType(ContentType.JSON).body("{\"code\":\"999999\"}").put("/regions/agencies/乌苏市城市管理局")
                .then().statusCode(404);

        byte[] pdf = given().get("/reports/" + weibin.documentId() + "/audit.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("新乡市卫滨区城市管理局") && text.contains("COMP-003") && text.contains("河南省"),
                    "the Chinese text is embedded and readable: " + text);
            var font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the CJK font travels with the file");
        }

        byte[] xlsx = given().get("/export/regions/41/2022.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getPhysicalNumberOfRows(), "a header and one agency");
            assertEquals("新乡市卫滨区城市管理局", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(1).getCell(3).getNumericCellValue(), "its errors");
            assertTrue(sheet.getRow(0).getLastCellNum() > 100, "every cell of the three tables is a column");
        }
    }
}
