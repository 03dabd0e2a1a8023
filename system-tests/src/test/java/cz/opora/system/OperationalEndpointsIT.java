package cz.opora.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health and metrics (per-route counts, topic names, client ids) are operational data: they answer only on each
 * service's management interface, a port the Ingress never exposes and NetworkPolicies open only to monitoring and
 * the kubelet's probes. The API port answers 404 for them to anyone, with or without a token. The OpenAPI document
 * stays public on the API port; Swagger UI answers only in the local stack, not in the packaged production run.
 */
@ExtendWith(Stack.class)
class OperationalEndpointsIT {
    static final List<String> OPERATIONAL = List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
            "/q/health/started");

    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementPort() {
        for (Stack.Service service : Stack.Service.values()) {
            for (String path : OPERATIONAL) {
                assertThat(given().baseUri(service.url()).get(path).statusCode()).as(service.module + " API port " + path)
                        .isEqualTo(404);
                assertThat(given().baseUri(service.managementUrl()).get(path).statusCode())
                        .as(service.module + " management port " + path).isEqualTo(200);
            }
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().body("status", equalTo("UP"));
            given().baseUri(service.managementUrl()).get("/q/metrics").then().body(containsString("opora_outbox_pending"));
        }
    }

    @Test
    void theOpenApiDocumentStaysOnTheApiPortAndSwaggerUiIsNotInTheProductionRun() {
        for (Stack.Service service : Stack.Service.values()) {
            given().baseUri(service.url()).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("info.title", equalTo("Opora " + service.module));
            given().baseUri(service.url()).get("/q/swagger-ui/").then().statusCode(404);
            given().baseUri(service.managementUrl()).get("/q/swagger-ui/").then().statusCode(404);
            given().baseUri(service.managementUrl()).get("/q/openapi").then().statusCode(404);
        }
    }
}
