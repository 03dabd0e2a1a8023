package cz.opora.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay under deploy/kubernetes, rendered and checked without a cluster. */
class KubernetesManifestsTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = REPO.resolve("deploy/kubernetes");
    static final List<String> SERVICES = List.of("family-service", "referral-service", "conference-service", "tutoring-service",
            "community-service");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Class<? extends KubernetesResource>> STRIMZI = Map.of(
            "Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class);

    static List<ObjectNode> rendered(String overlay) {
        return Kustomize.render(KUBERNETES.resolve("overlays").resolve(overlay));
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theJavaRenderingIsWhatKubectlRenders(String overlay) {
        List<ObjectNode> kubectl = Kustomize.kubectl(KUBERNETES.resolve("overlays").resolve(overlay));
        List<ObjectNode> java = rendered(overlay);
        assertThat(java).hasSizeGreaterThan(35);
        if (kubectl != null) {
            assertThat(Kustomize.byKey(java)).isEqualTo(Kustomize.byKey(kubectl));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyResourceParsesIntoItsTypedModelWithoutUnknownFields(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : rendered(overlay)) {
            String kind = resource.get("kind").asText();
            String json = resource.toString();
            Object typed;
            if (STRIMZI.containsKey(kind)) {
                typed = Serialization.unmarshal(json, STRIMZI.get(kind));
            } else if (resource.get("apiVersion").asText().contains(".") && !resource.get("apiVersion").asText().contains("k8s.io/")
                    && !List.of("apps/v1", "policy/v1", "autoscaling/v2").contains(resource.get("apiVersion").asText())) {
                continue; // the operators' kinds: checked by the cluster itself (preflight --cluster: a strict server-side dry run)
            } else {
                typed = Serialization.unmarshal(json, HasMetadata.class);
                if (typed.getClass().getSimpleName().equals("GenericKubernetesResource")) {
                    problems.add(Kustomize.key(resource) + ": not a known Kubernetes kind");
                    continue;
                }
            }
            unknownFields(typed, Kustomize.key(resource), new IdentityHashMap<>(), problems);
        }
        assertThat(problems).isEmpty();
    }

    /** Fields a typed model did not know land in additionalProperties: a misspelt or misplaced field. */
    static void unknownFields(Object model, String path, Map<Object, Boolean> seen, List<String> problems) {
        if (model == null || seen.put(model, true) != null) {
            return;
        }
        if (model instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", seen, problems);
            }
            return;
        }
        if (model instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, seen, problems));
            return;
        }
        String pkg = model.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method method : model.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || !method.getName().startsWith("get") || method.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = method.invoke(model);
                if (method.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(value, path + "." + method.getName().substring(3), seen, problems);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a computed getter that throws on a partial model says nothing about unknown fields
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyDeploymentHasProbesResourcesSecurityAndAPinnedImage(String overlay) {
        List<ObjectNode> deployments = ofKind(rendered(overlay), "Deployment");
        List<String> all = new ArrayList<>(SERVICES);
        all.add("console");
        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText()).containsExactlyInAnyOrderElementsOf(all);
        for (ObjectNode d : deployments) {
            boolean console = d.at("/metadata/name").asText().equals("console");
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).as(name + " no API token").isFalse();
            for (JsonNode c : pod.get("containers")) {
                assertThat(c.at("/livenessProbe/httpGet/path").asText()).as(name + " liveness").isEqualTo("/q/health/live");
                assertThat(c.at("/readinessProbe/httpGet/path").asText()).as(name + " readiness").isEqualTo("/q/health/ready");
                assertThat(c.at("/startupProbe/httpGet/path").asText()).as(name + " startup").isEqualTo("/q/health/started");
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    assertThat(c.at("/" + probe + "/httpGet/port").asText()).as(name + " " + probe + " on the management port")
                            .isEqualTo(console ? "http" : "management");
                }
                for (String r : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    assertThat(c.at("/resources/" + r).asText()).as(name + " " + r).isNotBlank();
                }
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(c.at("/securityContext/capabilities/drop").toString()).as(name).contains("ALL");
                String image = c.get("image").asText();
                assertThat(image).as(name + " image").matches(".+/opora/" + name + ":[0-9][0-9A-Za-z.+-]*").doesNotEndWith(":latest");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyTopicAndGroupTheServicesNameHasAKafkaTopicAndAnAcl(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        Set<String> topics = ofKind(resources, "KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toSet());
        for (String service : SERVICES) {
            Properties config = properties(REPO.resolve(service).resolve("src/main/resources/application.properties"));
            ObjectNode user = Kustomize.find(resources, "KafkaUser", service);
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            Set<String> produced = new HashSet<>(Set.of("opora." + service.replace("-service", "") + ".events"));
            Set<String> consumed = new HashSet<>();
            Set<String> groups = new HashSet<>();
            config.stringPropertyNames().forEach(key -> {
                String value = config.getProperty(key).replace("${opora.topic-prefix:}", "");
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?")) {
                    consumed.addAll(List.of(value.split(",")));
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                    produced.add(value);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                    groups.add(value);
                }
            });
            assertThat(consumed).as(service + " consumes").isNotEmpty();
            for (String topic : produced) {
                assertThat(topics).as(service + " writes " + topic).contains(topic);
                assertThat(acl(user, "topic", topic)).as(service + " Write ACL on " + topic).contains("Write");
            }
            for (String topic : consumed) {
                assertThat(topics).as(service + " reads " + topic).contains(topic.strip());
                assertThat(acl(user, "topic", topic.strip())).as(service + " Read ACL on " + topic).contains("Read");
            }
            for (String group : groups) {
                assertThat(acl(user, "group", group)).as(service + " group " + group).contains("Read");
            }
        }
        for (ObjectNode topic : ofKind(resources, "KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).as(Kustomize.key(topic)).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(Kustomize.key(topic)).isEqualTo(2);
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(Kustomize.key(topic)).isPositive();
        }
    }

    static List<String> acl(ObjectNode user, String type, String name) {
        List<String> operations = new ArrayList<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            if (type.equals(acl.at("/resource/type").asText()) && name.equals(acl.at("/resource/name").asText())) {
                acl.get("operations").forEach(o -> operations.add(o.asText()));
            }
        }
        return operations;
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyEnvironmentVariableADeploymentSetsIsAConfigurationKeyTheServiceReads(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        for (String service : SERVICES) {
            Set<String> read = new HashSet<>();
            for (Path module : List.of(REPO.resolve(service), REPO.resolve("opora-common"), REPO.resolve("opora-family-projection"))) {
                read.addAll(environmentVariablesRead(module.resolve("src/main")));
            }
            ObjectNode deployment = Kustomize.find(resources, "Deployment", service);
            Set<String> set = new HashSet<>();
            for (JsonNode c : deployment.at("/spec/template/spec/containers")) {
                c.path("env").forEach(e -> set.add(e.get("name").asText()));
                for (JsonNode from : c.path("envFrom")) {
                    ObjectNode configMap = Kustomize.find(resources, "ConfigMap", from.at("/configMapRef/name").asText());
                    configMap.get("data").fieldNames().forEachRemaining(set::add);
                }
            }
            // QUARKUS_PROFILE is Quarkus's own; each profile it names must be prod or one the configuration uses (%name.).
            if (set.remove("QUARKUS_PROFILE")) {
                String profiles = Kustomize.find(resources, "ConfigMap", deployment.at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name")
                        .asText()).at("/data/QUARKUS_PROFILE").asText();
                for (String profile : profiles.split(",")) {
                    assertThat(profile.equals("prod") || read.contains("%" + profile)).as(service + " profile " + profile).isTrue();
                }
            }
            assertThat(read).as(service + " reads every variable its Deployment sets").containsAll(set);
        }
    }

    /**
     * The environment variables a module reads: those its configuration names (${NAME:default}), and the
     * MicroProfile Config environment form of every key it reads (opora.consent.expiry-check is read from
     * OPORA_CONSENT_EXPIRY_CHECK): keys of its properties files, @ConfigProperty names and ${key} expressions in code.
     */
    static Set<String> environmentVariablesRead(Path sources) {
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        Pattern codeKey = Pattern.compile("(?:name = \"|\\$\\{)([a-z][a-z0-9.-]*)");
        Set<String> names = new HashSet<>();
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".properties") && !name.endsWith(".java")) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher m = variable.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
                Matcher k = codeKey.matcher(text);
                while (k.find()) {
                    names.add(environmentForm(k.group(1)));
                }
                if (name.endsWith(".properties")) {
                    properties(file).stringPropertyNames().forEach(key -> names.add(environmentForm(key.replaceFirst("^%[a-z]+\\.", ""))));
                    properties(file).stringPropertyNames().forEach(key -> {
                        if (key.matches("^%[a-z]+\\..*")) {
                            names.add(key.substring(0, key.indexOf('.')));
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void noSecretCarriesARealValueAndTheRealmHasNoDemoUsersNorPasswordGrant(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        assertThat(ofKind(resources, "Secret")).as("Secrets are created by the administrator or the operators").isEmpty();
        for (ObjectNode configMap : ofKind(resources, "ConfigMap")) {
            configMap.get("data").fieldNames().forEachRemaining(key ->
                    assertThat(key).as("no credentials in ConfigMaps").doesNotContain("PASSWORD", "SECRET", "JAAS"));
        }
        JsonNode realm = ofKind(resources, "KeycloakRealmImport").get(0).at("/spec/realm");
        // The only users are clients' service accounts (their roles are given there): no person, no credential.
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as("no demo users: " + user.path("username")).isNotEmpty();
            assertThat(user.has("credentials")).as("no credentials for " + user.path("username")).isFalse();
        }
        assertThat(realm.get("groups")).as("no demo organizations").isEmpty();
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(client.get("clientId").asText()).isFalse();
            assertThat(client.path("secret").asText("${none}")).as("no client secret in the realm: at most a placeholder from a Secret")
                    .startsWith("${").endsWith("}");
        }
        assertThat(realm.toString()).contains("\"claim.name\":\"org\"").contains("opora-api");
        ObjectNode db = Kustomize.find(resources, "Cluster", "opora-db");
        assertThat(db.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(db.at("/spec/backup").isMissingNode()).as("no deprecated barmanObjectStore").isTrue();
        assertThat(db.at("/spec/plugins/0/name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(db.at("/spec/plugins/0/isWALArchiver").asBoolean()).isTrue();
        ObjectNode store = Kustomize.find(resources, "ObjectStore", db.at("/spec/plugins/0/parameters/barmanObjectName").asText());
        assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isEqualTo("opora-db-backup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void onlyTheIngressReachesTheServicesAndProductionScales(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        ObjectNode policy = Kustomize.find(resources, "NetworkPolicy", "opora-services");
        assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(policy.at("/spec/ingress").toString()).contains("ingress-nginx");
        assertThat(policy.at("/spec/egress").toString()).contains("opora-db", "opora-kafka", "keycloak", "kube-dns");
        assertThat(ofKind(resources, "Ingress").get(0).at("/spec/rules")).hasSize(5);
        int autoscaled = ofKind(resources, "HorizontalPodAutoscaler").size();
        int budgets = ofKind(resources, "PodDisruptionBudget").size();
        if (overlay.equals("production")) {
            assertThat(autoscaled).isEqualTo(6);
            assertThat(budgets).isEqualTo(6);
        } else {
            assertThat(autoscaled + budgets).isZero();
            ofKind(resources, "Deployment").forEach(d -> assertThat(d.at("/spec/replicas").asInt()).as(Kustomize.key(d)).isEqualTo(1));
        }
        resources.stream().filter(r -> !Kustomize.CLUSTER_SCOPED.contains(r.get("kind").asText()))
                .forEach(r -> assertThat(r.at("/metadata/namespace").asText()).as(Kustomize.key(r)).isEqualTo("opora"));
    }

    /**
     * Health and metrics answer only on each service's management port: the container names it "management", the
     * service reads it from its ConfigMap, Prometheus scrapes it; no Service exposes it (so no Ingress can route to it),
     * and every NetworkPolicy rule that lets traffic reach it on the services' pods admits only the monitoring namespace
     * (the kubelet's probes come from the pod's own node). Fails if an Ingress, a Service or a NetworkPolicy opens the
     * management port to anyone else.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theManagementPortIsReachableOnlyByMonitoringAndTheProbesNeverThroughAServiceOrTheIngress(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        for (String service : SERVICES) {
            ObjectNode deployment = Kustomize.find(resources, "Deployment", service);
            JsonNode template = deployment.at("/spec/template");
            JsonNode container = template.at("/spec/containers/0");
            int http = containerPort(container, "http");
            int management = containerPort(container, "management");
            assertThat(management).as(service + " has a management port apart from the API port").isPositive().isNotEqualTo(http);
            ObjectNode config = Kustomize.find(resources, "ConfigMap", container.at("/envFrom/0/configMapRef/name").asText());
            assertThat(config.at("/data/MANAGEMENT_PORT").asText()).as(service + " MANAGEMENT_PORT").isEqualTo(Integer.toString(management));
            assertThat(config.at("/data/HTTP_PORT").asText()).as(service + " HTTP_PORT").isEqualTo(Integer.toString(http));
            assertThat(ofKind(resources, "PodMonitor").stream().filter(m -> selects(m.at("/spec/selector/matchLabels"), template.at("/metadata/labels")))
                    .flatMap(m -> java.util.stream.StreamSupport.stream(m.at("/spec/podMetricsEndpoints").spliterator(), false))
                    .map(e -> e.path("port").asText() + e.path("path").asText()))
                    .as(service + " scraped by a PodMonitor on its management port").contains("management/q/metrics");
            Set<String> managementRefs = Set.of("management", Integer.toString(management));
            for (ObjectNode svc : ofKind(resources, "Service")) {
                if (!selects(svc.at("/spec/selector"), template.at("/metadata/labels"))) {
                    continue;
                }
                for (JsonNode port : svc.at("/spec/ports")) {
                    assertThat(managementRefs).as(Kustomize.key(svc) + " must not expose the management port of " + service)
                            .doesNotContain(port.path("targetPort").asText(port.path("port").asText()));
                }
            }
            for (ObjectNode ingress : ofKind(resources, "Ingress")) {
                for (JsonNode backend : ingress.findValues("backend")) {
                    JsonNode port = backend.at("/service/port");
                    assertThat(managementRefs).as(Kustomize.key(ingress) + " must not route to the management port")
                            .doesNotContain(port.path("name").asText(), port.path("number").asText());
                }
            }
            boolean scraped = false;
            for (ObjectNode policy : ofKind(resources, "NetworkPolicy")) {
                JsonNode selector = policy.at("/spec/podSelector");
                if (!selector.has("matchExpressions") && !selects(selector.path("matchLabels"), template.at("/metadata/labels"))) {
                    continue;
                }
                for (JsonNode rule : policy.at("/spec/ingress")) {
                    boolean reaches = !rule.has("ports") || rule.get("ports").isEmpty();
                    for (JsonNode port : rule.path("ports")) {
                        reaches |= managementRefs.contains(port.path("port").asText()) || !port.has("port")
                                || (port.has("endPort") && port.get("port").asInt() <= management && management <= port.get("endPort").asInt());
                    }
                    if (!reaches) {
                        continue;
                    }
                    String where = Kustomize.key(policy) + " lets " + rule + " reach the management port of " + service;
                    assertThat(rule.path("from").isEmpty()).as(where + " from anywhere").isFalse();
                    for (JsonNode peer : rule.get("from")) {
                        assertThat(peer.has("ipBlock") || peer.has("podSelector")).as(where).isFalse();
                        assertThat(peer.at("/namespaceSelector/matchLabels").toString()).as(where)
                                .isEqualTo("{\"kubernetes.io/metadata.name\":\"monitoring\"}");
                    }
                    scraped = true;
                }
            }
            assertThat(scraped).as("Prometheus (namespace monitoring) may scrape " + service).isTrue();
        }
    }

    static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        return -1;
    }

    /** Whether a label selector (matchLabels form) selects the labels: every pair present. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        var fields = matchLabels.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
