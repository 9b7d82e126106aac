package ogi.audit;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ogi.testsupport.MongoStandInResource;
import ogi.testsupport.RouteSecurityChecks;
import ogi.testsupport.RouteSecurityProbe.Route;
import ogi.testsupport.SecuredProfile;

/** {@code @QuarkusTest} with API keys on: the shared route and path-trick checks ({@link RouteSecurityChecks}). */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(MongoStandInResource.class)
class RouteSecurityTest extends RouteSecurityChecks {

    @Override
    protected List<Route> declaredRoutes() {
        return List.of(new Route("GET", "/rules"), new Route("POST", "/audits/reaudit"));
    }

    @Override
    protected String writeRoute() {
        return "/audits/reaudit";
    }

    @Test
    void theDashboardCookieIsReadOnlyByTheServiceThatServesTheDashboard() {
        given().cookie("ogi_api_key", SecuredProfile.READER).get("/rules").then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.READER).get("/rules").then().statusCode(200);
    }
}
