package cz.opora.system;

import cz.opora.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics the dashboard and the alerts name (deploy/kubernetes/monitoring/exported-metrics.txt) are exported by the
 * services' real /q/metrics on the management port, HTTP latency is a histogram per route template, and no label
 * carries personal data: after a family's registration has reached every consumer, neither its id nor its members'
 * names appear in any service's metrics.
 */
@ExtendWith(Stack.class)
class MetricsIT {
    static final Path LIST = Path.of(System.getProperty("opora.root", "..")).resolve("deploy/kubernetes/monitoring/exported-metrics.txt");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void everyListedMetricIsExportedAndNoLabelCarriesPersonalData() throws IOException {
        String familyId = Families.register("sas.dvorak", """
                {"name": "Rodina Měřená", "address": {"municipality": "Brno", "street": "Metrická 12"},
                 "members": [{"firstName": "Radmila", "lastName": "Měřená", "role": "PARENT", "birthDate": "1987-03-14",
                              "phone": "+420 777 123 456"}]}""")
                .then().statusCode(201).extract().path("id");
        String token = Tokens.user("sas.dvorak");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> Families.inReferralService("sas.dvorak", familyId).statusCode() == 200);
        for (String path : List.of("/api/v1/families", "/api/v1/referrals", "/api/v1/conferences", "/api/v1/clubs")) {
            for (Stack.Service service : Stack.Service.values()) {
                given().baseUri(service.url()).auth().oauth2(token).get(path);
            }
        }
        Map<Stack.Service, String> metrics = new EnumMap<>(Stack.Service.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Stack.Service service : Stack.Service.values()) {
                metrics.put(service, given().baseUri(service.managementUrl()).get("/q/metrics").then().statusCode(200)
                        .extract().asString());
            }
            assertThat(missing(metrics)).isEmpty();
        });

        assertThat(metrics.get(Stack.Service.FAMILY))
                .as("HTTP latency is a histogram per route template")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/families\"[^}]*le=\"0\\.25\"");
        assertThat(metrics.get(Stack.Service.REFERRAL))
                .containsPattern("opora_consumer_events_total\\{[^}]*consumer=\"referral-service.family-projection\"[^}]*outcome=\"applied\"");
        for (var entry : metrics.entrySet()) {
            String text = entry.getValue();
            assertThat(text).as(entry.getKey().module + " metrics name no family").doesNotContain(familyId, "Měřená", "Radmila",
                    "Metrická", "1987-03-14", "777 123 456");
            List<String> labelsWithIds = new ArrayList<>();
            for (String line : text.lines().filter(l -> !l.startsWith("#")).toList()) {
                if (UUID.matcher(line).find()) {
                    labelsWithIds.add(line);
                }
            }
            assertThat(labelsWithIds).as(entry.getKey().module + ": no record id in any label").isEmpty();
        }
        System.out.printf("MetricsIT: %d listed metrics found; family-service exports %d series%n", listed().size(),
                metrics.get(Stack.Service.FAMILY).lines().filter(l -> !l.startsWith("#")).count());
    }

    /** "metric service" pairs of the list that a service's metrics lack. */
    static List<String> missing(Map<Stack.Service, String> metrics) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String[] line : listed()) {
            for (int i = 1; i < line.length; i++) {
                String module = line[i];
                Stack.Service service = java.util.Arrays.stream(Stack.Service.values()).filter(s -> s.module.equals(module))
                        .findFirst().orElseThrow(() -> new AssertionError("unknown service " + module + " in " + LIST));
                Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line[0]) + "[{ ]").matcher(metrics.get(service));
                if (!m.find()) {
                    missing.add(line[0] + " " + module);
                }
            }
        }
        return missing;
    }

    static List<String[]> listed() throws IOException {
        return Files.readAllLines(LIST).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).toList();
    }
}
