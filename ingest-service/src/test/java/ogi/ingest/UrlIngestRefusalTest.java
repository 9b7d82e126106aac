package ogi.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import ogi.testsupport.MongoStandInResource;

/** {@code @QuarkusTest} with the default setting: private, loopback and link-local addresses are never fetched. */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class UrlIngestRefusalTest {
    @Test
    void privateAndLocalAddressesAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:1/report.txt", "http://localhost/report.txt",
                "http://10.1.2.3/report.txt", "http://192.168.0.1/report.txt", "http://169.254.169.254/latest/",
                "http://[::1]/report.txt"}) {
            given().contentType("application/json").body("{\"url\": \"" + url + "\"}").post("/documents")
                    .then().statusCode(403).body("error", equalTo("url-not-allowed"));
        }
    }
}
