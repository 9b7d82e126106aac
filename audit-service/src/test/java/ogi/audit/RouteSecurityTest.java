package ogi.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ogi.testsupport.MongoStandInResource;
import ogi.testsupport.RouteSecurityProbe;
import ogi.testsupport.RouteSecurityProbe.Route;
import ogi.testsupport.SecuredProfile;

/**
 * {@code @QuarkusTest} with API keys on: every route of this service's OpenAPI document, with every path trick
 * ({@link RouteSecurityProbe}), without a key, with an unknown key and (write routes) with a read-only key, is
 * refused; paths with matrix parameters answer 400 with the JSON error body.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(MongoStandInResource.class)
class RouteSecurityTest {
    private static final String WRITE_ROUTE = "/audits/reaudit";

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyRouteRefusesEveryPathTrickWithoutTheRightKey() throws Exception {
        RouteSecurityProbe probe = new RouteSecurityProbe(base);
        List<Route> routes = probe.routes();
        for (Route expected : List.of(new Route("GET", "/rules"), new Route("POST", "/audits/reaudit"))) {
            assertTrue(routes.contains(expected), "the OpenAPI document lists " + expected + ": " + routes);
        }
        assertEquals(List.of(), probe.probe(routes, SecuredProfile.READER), "answers that were not refusals");
    }

    @Test
    void matrixParametersAreRefusedWithAJsonBodyEvenWithAValidKey() {
        for (String path : List.of("/q/health;x", "/x;y=1/z", "/a%3Bb", "/a%3bb")) {
            given().urlEncodingEnabled(false).header("X-API-Key", SecuredProfile.WRITER).get(path).then()
                    .statusCode(400).contentType("application/json").body("error", equalTo("matrix-parameters"));
        }
    }

    @Test
    void refusalsOfTheSecurityLayerHaveAJsonBody() {
        given().get("/no-such-path").then().statusCode(401).contentType("application/json")
                .body("error", equalTo("unauthorized"));
        given().header("X-API-Key", "unknown-key-0123456789").get("/no-such-path").then().statusCode(401)
                .contentType("application/json").body("status", equalTo(401));
        given().header("X-API-Key", SecuredProfile.READER).contentType("application/json").body("{}")
                .post(WRITE_ROUTE).then().statusCode(403).contentType("application/json")
                .body("error", equalTo("forbidden"));
    }
}
