package ogi.query;

import ogi.testsupport.MongoStandInResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;

/**
 * {@code @QuarkusTest}: the real query service and the MongoDB stand-in over the wire; parsed reports arrive through
 * the in-memory connector. Input: the golden parsed event of the Dushanzi sample, published under the names of
 * other agencies of the district, for a year no other test uses (the stand-in is shared with the other test
 * classes), with the dates their reports state; the list of agencies expected in Dushanzi (650202) as CSV.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ExpectedAgencyTest {
    private static final String DUSHANZI = "650202";
    private static final int YEAR = 2002;

    @Inject
    @Any
    InMemoryConnector connector;

    /** The sample's golden parsed report as the report of {@code agency} on {@link #YEAR}, dated {@code published}. */
    private static ParsedReportEvent report(String sample, String id, String agency, LocalDate published)
            throws Exception {
        ParsedReportEvent g = EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir",
                "../samples/reports")).getParent().resolve("golden/" + sample + ".parsed.json")),
                ParsedReportEvent.class);
        Report r = g.report();
        ReportMetadata m = r.metadata();
        ReportMetadata meta = new ReportMetadata(agency, m.region(), YEAR, published, m.template(), null);
        return new ParsedReportEvent(1, id, g.parserVersion(), g.parsedAt(), g.fileName(), g.format(),
                new Report(meta, r.sections(), r.table1(), r.table2(), r.table3(), r.proseFigures(), r.parseNotes(),
                        r.text()));
    }

    private void send(ParsedReportEvent e) {
        Polls.send(connector, "parsed", new ConsumerRecord<>("t", 0, 0L, e.documentId(), EventJson.write(e)));
    }

    private static JsonPath status() {
        return given().queryParam("year", YEAR).get("/regions/" + DUSHANZI + "/expected-agencies").then()
                .statusCode(200).extract().jsonPath();
    }

    private static String statusOf(JsonPath p, String agency) {
        return p.getString("agencies.find { it.agency == '" + agency + "' }.status");
    }

    private static double alertsRaised(String status) {
        String metrics = given().get("/q/metrics").asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("query_publication_alerts_total{") && line.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void missingAndLateAgenciesAreShownAndAlertedOnce() throws Exception {
        given().queryParam("year", YEAR).get("/regions/" + DUSHANZI + "/expected-agencies").then().statusCode(200)
                .body("expected", equalTo(0));
        send(report("dushanzi-urban-management-2021", "e1".repeat(32), "独山子区甲局", LocalDate.of(YEAR + 1, 2, 15)));
        send(report("dushanzi-urban-management-2021", "e2".repeat(32), "独山子区乙局", LocalDate.of(YEAR + 1, 1, 20)));
        send(report("dushanzi-urban-management-2021", "e3".repeat(32), "独山子区丙局", null));
        await("the three reports stored as parsed").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String id : List.of("e1".repeat(32), "e2".repeat(32), "e3".repeat(32))) {
                assertEquals("parsed", given().get("/reports/" + id).jsonPath().getString("status"), "report " + id);
            }
        });

        String csv = "\uFEFFagency,kind\r\n独山子区甲局,\r\n独山子区人民政府,\r\n\"独山子区丙局\",部门\r\n独山子区乙局,department\r\n";
        given().contentType("text/csv; charset=utf-8").body(csv).put("/regions/" + DUSHANZI + "/expected-agencies").then()
                .statusCode(200).body("agencies", equalTo(4)).body("region", containsString("独山子区"))
                .body("expected.find { it.agency == '独山子区人民政府' }.kind", equalTo("GOVERNMENT"));

        // the upload checked last year's reports (none here: four alerts for that year); this year's are read now
        double missingBefore = alertsRaised("missing");
        double lateBefore = alertsRaised("late");
        JsonPath p = status();
        assertEquals(4, p.getInt("expected"));
        assertEquals("late", statusOf(p, "独山子区甲局"), "dated 15 February, a department's deadline is 31 January");
        assertEquals("published", statusOf(p, "独山子区乙局"));
        assertEquals("undated", statusOf(p, "独山子区丙局"), "published, but the report states no date");
        assertEquals("missing", statusOf(p, "独山子区人民政府"), "no report, the deadline (31 March) is past");
        assertEquals((YEAR + 1) + "-03-31", p.getString("agencies.find { it.agency == '独山子区人民政府' }.deadline"));
        assertEquals("e1".repeat(32), p.getString("agencies.find { it.agency == '独山子区甲局' }.documentId"));
        String alerted = p.getString("agencies.find { it.agency == '独山子区人民政府' }.alertedAt");
        assertNotNull(alerted);
        assertEquals(missingBefore + 1, alertsRaised("missing"));
        assertEquals(lateBefore + 1, alertsRaised("late"));

        // read again and the same list uploaded again: nothing is raised twice
        given().contentType("text/csv; charset=utf-8").body(csv).put("/regions/" + DUSHANZI + "/expected-agencies").then().statusCode(200);
        JsonPath again = status();
        assertEquals(alerted, again.getString("agencies.find { it.agency == '独山子区人民政府' }.alertedAt"));
        assertEquals(missingBefore + 1, alertsRaised("missing"));
        assertEquals(lateBefore + 1, alertsRaised("late"));

        // a shorter list replaces the old one
        given().contentType("text/csv; charset=utf-8").body("agency\n独山子区人民政府\n").put("/regions/" + DUSHANZI + "/expected-agencies")
                .then().statusCode(200).body("expected", hasSize(1));
        assertEquals(1, status().getInt("expected"));
    }

    @Test
    void aBadListIsRefusedWithItsLineAndChangesNothing() {
        String url = "/regions/" + DUSHANZI + "/expected-agencies";
        given().contentType("text/csv; charset=utf-8").body("").put(url).then().statusCode(400).body("error", equalTo("bad-request"));
        given().contentType("text/csv; charset=utf-8").body("name\n独山子区人民政府\n").put(url).then().statusCode(400)
                .body("message", containsString("agency"));
        given().contentType("text/csv; charset=utf-8").body("agency\n独山子区丙局\n独山子区丙局\n").put(url).then().statusCode(400)
                .body("message", containsString("line 3"));
        given().contentType("text/csv; charset=utf-8").body("agency,kind\n独山子区丙局,bureau\n").put(url).then().statusCode(400)
                .body("message", containsString("line 2"));
        given().contentType("text/csv; charset=utf-8").body("agency,kind\n\"独山子区丙局,部门\n").put(url).then().statusCode(400);
        given().contentType("text/csv; charset=utf-8").body("agency,kind\n独山子区丙局,部门,extra\n").put(url).then().statusCode(400)
                .body("message", containsString("line 2"));
        given().contentType("text/csv; charset=utf-8").body("agency\n").put(url).then().statusCode(400);
        given().contentType("text/csv; charset=utf-8").body("agency\n独山子区丙局\n").put("/regions/65x/expected-agencies").then()
                .statusCode(400);
        given().get("/regions/" + DUSHANZI + "/expected-agencies").then().statusCode(400).body("message",
                containsString("year"));
        given().queryParam("year", YEAR).get("/regions/659999/expected-agencies").then().statusCode(404);
    }
}
