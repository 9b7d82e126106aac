package ogi.query;

import java.util.List;

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
        return List.of(new Route("GET", "/reports"), new Route("GET", "/reports/{id}/text"), new Route("POST", "/reviews"),
                new Route("GET", "/alerts/stream"), new Route("GET", "/export/regions/{code}/{year}.xlsx"));
    }

    @Override
    protected String writeRoute() {
        return "/reviews";
    }
}
