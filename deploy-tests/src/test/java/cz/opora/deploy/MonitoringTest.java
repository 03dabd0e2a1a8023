package cz.opora.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cz.opora.deploy.KubernetesManifestsTest.JSON;
import static cz.opora.deploy.KubernetesManifestsTest.REPO;
import static cz.opora.deploy.KubernetesManifestsTest.ofKind;
import static cz.opora.deploy.KubernetesManifestsTest.rendered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard (a ConfigMap for Grafana's sidecar) and the PrometheusRule alerts of base/monitoring.yaml: valid
 * JSON and YAML, every metric a panel or a rule names is one the services export (monitoring/exported-metrics.txt,
 * which system-tests MetricsIT proves against the services' real /q/metrics) or one of the platform's
 * (kube-state-metrics, Prometheus), the alerts the operators need are there, and each alert has its runbook section in
 * docs/operations.md.
 */
class MonitoringTest {
    static final Path EXPORTED = REPO.resolve("deploy/kubernetes/monitoring/exported-metrics.txt");
    static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "by", "without", "on", "ignoring",
            "group_left", "group_right", "and", "or", "unless", "bool", "offset", "rate", "increase", "irate", "deriv",
            "histogram_quantile", "abs", "clamp_min", "clamp_max", "topk", "bottomk", "time", "vector", "le", "inf", "nan");
    static final List<String> REQUIRED_ALERTS = List.of("OporaOutboxBacklogGrowing", "OporaDeadLetters", "OporaConsumerLag",
            "OporaHttp5xxRate", "OporaNotReady", "OporaKafkaUnreachable");

    /** The metric names a PromQL expression selects (functions, keywords, label names and values, durations left out). */
    static Set<String> metricNames(String expr) {
        String e = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")       // label values
                .replaceAll("\\{[^}]*}", " ")                               // label matchers
                .replaceAll("\\[[^]]*]", " ")                               // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // grouping labels
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<![\\w:.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()").matcher(e);
        while (m.find()) {
            String word = m.group(1);
            if (!PROMQL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        }
        return names;
    }

    /** The exported list, and the platform's metrics named on its "# platform:" line. */
    static Set<String> known() throws IOException {
        Set<String> known = new HashSet<>();
        for (String line : Files.readAllLines(EXPORTED)) {
            String l = line.strip();
            if (l.startsWith("# platform:")) {
                known.addAll(List.of(l.substring("# platform:".length()).strip().split("\\s+")));
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                known.add(l.split("\\s+")[0]);
            }
        }
        return known;
    }

    @Test
    void metricNamesAreReadFromPromQlAsPrometheusWould() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (le, container, uri) (rate(http_server_requests_seconds_bucket{namespace=\"$namespace\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum by (consumer) (increase(opora_consumer_events_total{outcome=~\"poison|failed\"}[15m])) > 0"))
                .containsExactly("opora_consumer_events_total");
        assertThat(metricNames("a_total / on (pod) group_left b_ratio > 0.02")).containsExactly("a_total", "b_ratio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theDashboardIsValidJsonAndNamesOnlyExportedMetrics(String overlay) throws IOException {
        List<ObjectNode> dashboards = ofKind(rendered(overlay), "ConfigMap").stream()
                .filter(c -> "1".equals(c.at("/metadata/labels/grafana_dashboard").asText())).toList();
        assertThat(dashboards).as("a dashboard ConfigMap for Grafana's sidecar").hasSize(1);
        Set<String> known = known();
        List<String> problems = new ArrayList<>();
        int panels = 0;
        var fields = dashboards.get(0).get("data").fields();
        while (fields.hasNext()) {
            var file = fields.next();
            assertThat(file.getKey()).endsWith(".json");
            JsonNode dashboard = JSON.readTree(file.getValue().asText());
            assertThat(dashboard.path("uid").asText()).isNotBlank();
            for (JsonNode panel : dashboard.withArray("panels")) {
                panels++;
                assertThat(panel.withArray("targets").size()).as(panel.path("title").asText()).isPositive();
                for (JsonNode target : panel.withArray("targets")) {
                    String expr = target.path("expr").asText();
                    Set<String> names = metricNames(expr);
                    if (names.isEmpty()) {
                        problems.add(panel.path("title").asText() + ": no metric in " + expr);
                    }
                    names.stream().filter(n -> !known.contains(n))
                            .forEach(n -> problems.add(panel.path("title").asText() + ": " + n + " is exported by no service"));
                }
            }
        }
        assertThat(panels).isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theAlertsNameOnlyExportedMetricsAndEachHasItsRunbook(String overlay) throws IOException {
        List<ObjectNode> rules = ofKind(rendered(overlay), "PrometheusRule");
        assertThat(rules).hasSize(1);
        String operations = Files.readString(REPO.resolve("docs/operations.md"));
        Set<String> known = known();
        List<String> problems = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : rules.get(0).at("/spec/groups")) {
            for (JsonNode rule : group.withArray("rules")) {
                String alert = rule.path("alert").asText();
                alerts.add(alert);
                String expr = rule.path("expr").asText();
                assertThat(balanced(expr)).as(alert + ": balanced brackets in " + expr).isTrue();
                assertThat(rule.path("for").asText()).as(alert).matches("[0-9]+[smh]");
                assertThat(rule.at("/labels/severity").asText()).as(alert).isIn("critical", "warning", "info");
                assertThat(rule.at("/annotations/summary").asText()).as(alert).isNotBlank();
                assertThat(rule.at("/annotations/description").asText()).as(alert).isNotBlank();
                String runbook = rule.at("/annotations/runbook_url").asText();
                assertThat(runbook).as(alert).isEqualTo("docs/operations.md#" + alert.toLowerCase(Locale.ROOT));
                if (!operations.contains("\n#### " + alert + "\n")) {
                    problems.add(alert + ": no runbook section \"#### " + alert + "\" in docs/operations.md");
                }
                Set<String> names = metricNames(expr);
                if (names.isEmpty()) {
                    problems.add(alert + ": no metric in " + expr);
                }
                names.stream().filter(n -> !known.contains(n)).forEach(n -> problems.add(alert + ": " + n + " is exported by no service"));
            }
        }
        assertThat(alerts).containsAll(REQUIRED_ALERTS).doesNotHaveDuplicates();
        assertThat(problems).isEmpty();
    }

    static boolean balanced(String expr) {
        int depth = 0;
        StringBuilder stack = new StringBuilder();
        for (char c : expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").toCharArray()) {
            if ("({[".indexOf(c) >= 0) {
                stack.append(c);
                depth++;
            } else if (")}]".indexOf(c) >= 0) {
                if (depth == 0 || "({[".indexOf(stack.charAt(depth - 1)) != ")}]".indexOf(c)) {
                    return false;
                }
                stack.setLength(--depth);
            }
        }
        return depth == 0;
    }
}
