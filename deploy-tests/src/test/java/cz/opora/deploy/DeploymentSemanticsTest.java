package cz.opora.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cz.opora.deploy.KubernetesManifestsTest.ofKind;
import static cz.opora.deploy.KubernetesManifestsTest.rendered;
import static cz.opora.deploy.KubernetesManifestsTest.selects;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What schemas cannot see, checked on the rendered overlays: the database connections at the HPA maximum, the
 * outbound dependencies against the NetworkPolicies, TLS on every public host and every internal data connection,
 * no /q/ path in public, the realm's hardening, and the sizes each overlay needs.
 */
class DeploymentSemanticsTest {
    /** Connections PostgreSQL keeps for the operator, replication and an administrator besides the pools. */
    static final int RESERVED_CONNECTIONS = 10;

    /** The workloads of the rendered overlay: each Deployment with its configuration (ConfigMap data and env). */
    record Workload(String name, ObjectNode deployment, Map<String, String> env, int maxReplicas) {
        JsonNode podLabels() {
            return deployment.at("/spec/template/metadata/labels");
        }

        String secretOf(String variable) {
            for (JsonNode e : deployment.at("/spec/template/spec/containers/0/env")) {
                if (variable.equals(e.path("name").asText())) {
                    return e.at("/valueFrom/secretKeyRef/name").asText();
                }
            }
            return null;
        }
    }

    static List<Workload> workloads(List<ObjectNode> resources) {
        List<Workload> workloads = new ArrayList<>();
        for (ObjectNode d : ofKind(resources, "Deployment")) {
            Map<String, String> env = new HashMap<>();
            JsonNode container = d.at("/spec/template/spec/containers/0");
            for (JsonNode from : container.path("envFrom")) {
                Kustomize.find(resources, "ConfigMap", from.at("/configMapRef/name").asText()).get("data").fields()
                        .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            }
            container.path("env").forEach(e -> {
                if (e.has("value")) {
                    env.put(e.get("name").asText(), e.get("value").asText());
                }
            });
            String name = d.at("/metadata/name").asText();
            int max = d.at("/spec/replicas").asInt(1);
            for (ObjectNode hpa : ofKind(resources, "HorizontalPodAutoscaler")) {
                if (name.equals(hpa.at("/spec/scaleTargetRef/name").asText()) && "Deployment".equals(hpa.at("/spec/scaleTargetRef/kind").asText())) {
                    max = hpa.at("/spec/maxReplicas").asInt();
                }
            }
            workloads.add(new Workload(name, d, env, max));
        }
        return workloads;
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void noReplicaCountFightsAnAutoscaler(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        for (ObjectNode hpa : ofKind(resources, "HorizontalPodAutoscaler")) {
            ObjectNode target = Kustomize.find(resources, hpa.at("/spec/scaleTargetRef/kind").asText(), hpa.at("/spec/scaleTargetRef/name").asText());
            assertThat(target.at("/spec/replicas").isMissingNode()).as(Kustomize.key(target) + " sets replicas while an HPA scales it").isTrue();
        }
    }

    /**
     * At every workload's maximum (the HPA's maxReplicas, or its replicas), the database connections add up: clients
     * of the PgBouncer pooler within its max_client_conn, the pooler's server connections (instances x default_pool_size
     * x database/user pairs) plus every direct pool (Keycloak's) plus a reserve within PostgreSQL's max_connections.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theConnectionSumAtTheHpaMaximumFits(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        ObjectNode cluster = Kustomize.find(resources, "Cluster", "opora-db");
        int maxConnections = cluster.at("/spec/postgresql/parameters/max_connections").asInt(100);
        Map<String, Integer> poolerClients = new HashMap<>();
        Map<String, Set<String>> poolerPairs = new HashMap<>();
        int direct = 0;
        for (Workload w : workloads(resources)) {
            String url = w.env().get("DB_URL");
            if (url == null) {
                continue;
            }
            URI uri = URI.create(url.substring("jdbc:".length()));
            int clients = w.maxReplicas() * Integer.parseInt(w.env().getOrDefault("DB_POOL_MAX_SIZE", "20"));
            if (resources.stream().anyMatch(r -> "Pooler".equals(r.path("kind").asText()) && uri.getHost().equals(r.at("/metadata/name").asText()))) {
                poolerClients.merge(uri.getHost(), clients, Integer::sum);
                poolerPairs.computeIfAbsent(uri.getHost(), h -> new HashSet<>()).add(uri.getPath() + " as " + w.secretOf("DB_USER"));
            } else {
                direct += clients;
            }
        }
        int server = direct;
        for (ObjectNode pooler : ofKind(resources, "Pooler")) {
            String name = pooler.at("/metadata/name").asText();
            JsonNode parameters = pooler.at("/spec/pgbouncer/parameters");
            int maxClients = parameters.path("max_client_conn").asInt(100);
            assertThat(poolerClients.getOrDefault(name, 0)).as(overlay + ": client connections to " + name + " at the HPA maximum")
                    .isLessThanOrEqualTo(maxClients);
            server += pooler.at("/spec/instances").asInt(1) * parameters.path("default_pool_size").asInt(20)
                    * poolerPairs.getOrDefault(name, Set.of()).size();
        }
        for (ObjectNode keycloak : ofKind(resources, "Keycloak")) {
            server += keycloak.at("/spec/instances").asInt(1) * keycloak.at("/spec/db/poolMaxSize").asInt(100);
        }
        assertThat(poolerClients).as("the services connect through the pooler").isNotEmpty();
        assertThat(server + RESERVED_CONNECTIONS).as(overlay + ": server connections at the HPA maximum, plus "
                + RESERVED_CONNECTIONS + " reserved, within max_connections").isLessThanOrEqualTo(maxConnections);
    }

    /** Where a workload's configured dependency lives: the pods behind the Service the host names, and the port. */
    record Target(String what, Map<String, String> podLabels, int port) {
    }

    /**
     * The Services the operators make, by the name the configuration uses, with the labels of the pods behind them:
     * CloudNativePG (cluster -rw, Pooler), Strimzi (the -kafka-bootstrap Service), Keycloak (-service).
     */
    static Target resolve(List<ObjectNode> resources, String host, int port) {
        for (ObjectNode pooler : ofKind(resources, "Pooler")) {
            if (host.equals(pooler.at("/metadata/name").asText())) {
                return new Target(host, Map.of("cnpg.io/poolerName", host), port);
            }
        }
        for (ObjectNode cluster : ofKind(resources, "Cluster")) {
            if (host.equals(cluster.at("/metadata/name").asText() + "-rw")) {
                return new Target(host, Map.of("cnpg.io/cluster", cluster.at("/metadata/name").asText()), port);
            }
        }
        for (ObjectNode kafka : ofKind(resources, "Kafka")) {
            String name = kafka.at("/metadata/name").asText();
            if (host.equals(name + "-kafka-bootstrap")) {
                return new Target(host, Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka", "strimzi.io/broker-role", "true"), port);
            }
        }
        for (ObjectNode keycloak : ofKind(resources, "Keycloak")) {
            if (host.equals(keycloak.at("/metadata/name").asText() + "-service")) {
                return new Target(host, Map.of("app", "keycloak", "app.kubernetes.io/instance", keycloak.at("/metadata/name").asText()), port);
            }
        }
        for (ObjectNode service : ofKind(resources, "Service")) {
            if (host.equals(service.at("/metadata/name").asText()) && service.at("/spec/selector").size() > 0) {
                Map<String, String> labels = new HashMap<>();
                service.at("/spec/selector").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                for (JsonNode p : service.at("/spec/ports")) {
                    if (p.path("port").asInt() == port) {
                        String targetPort = p.path("targetPort").asText();
                        for (ObjectNode d : ofKind(resources, "Deployment")) {
                            if (selects(service.at("/spec/selector"), d.at("/spec/template/metadata/labels"))) {
                                for (JsonNode cp : d.at("/spec/template/spec/containers/0/ports")) {
                                    if (targetPort.equals(cp.path("name").asText()) || targetPort.equals(cp.path("containerPort").asText())) {
                                        d.at("/spec/template/metadata/labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                                        return new Target(host, labels, cp.path("containerPort").asInt());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Every outbound connection a workload's configuration names: database, Kafka, OIDC, OTLP, the services. */
    static List<String[]> dependencies(Map<String, String> env) {
        List<String[]> hosts = new ArrayList<>();
        env.forEach((key, value) -> {
            if (key.equals("DB_URL")) {
                URI uri = URI.create(value.substring("jdbc:".length()));
                hosts.add(new String[] {key, uri.getHost(), Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort())});
            } else if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                for (String server : value.split(",")) {
                    hosts.add(new String[] {key, server.substring(0, server.lastIndexOf(':')), server.substring(server.lastIndexOf(':') + 1)});
                }
            } else if (key.equals("OIDC_SERVER_URL") || key.endsWith("_URL") && value.startsWith("http") || key.contains("OTLP") && key.endsWith("ENDPOINT")) {
                URI uri = URI.create(value);
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
                hosts.add(new String[] {key, uri.getHost(), Integer.toString(port)});
            }
        });
        return hosts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyOutboundDependencyIsResolvableInClusterAndAllowedByTheNetworkPolicies(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        List<String> problems = new ArrayList<>();
        for (Workload w : workloads(resources)) {
            List<ObjectNode> egressPolicies = ofKind(resources, "NetworkPolicy").stream()
                    .filter(p -> p.at("/spec/policyTypes").toString().contains("Egress"))
                    .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), w.podLabels())).toList();
            if (egressPolicies.isEmpty()) {
                problems.add(w.name() + ": no egress NetworkPolicy selects it");
                continue;
            }
            if (!allows(egressPolicies, Map.of("k8s-app", "kube-dns"), "kube-system", 53)) {
                problems.add(w.name() + ": DNS is not allowed");
            }
            List<String[]> dependencies = dependencies(w.env());
            for (String[] dep : dependencies) {
                Target target = resolve(resources, dep[1], Integer.parseInt(dep[2]));
                if (target == null) {
                    problems.add(w.name() + ": " + dep[0] + " names " + dep[1] + ":" + dep[2] + ", no Service in the cluster");
                } else if (!allows(egressPolicies, target.podLabels(), null, target.port())) {
                    problems.add(w.name() + ": " + dep[0] + " -> " + target + " is not allowed by its NetworkPolicy");
                } else if (!admits(resources, w.podLabels(), target)) {
                    problems.add(w.name() + ": " + dep[0] + " -> " + target + " is refused by the target's ingress NetworkPolicy");
                }
            }
            if (w.env().containsKey("OPORA_TOPIC_PREFIX")) {
                problems.add(w.name() + ": a topic prefix, while the KafkaUsers' ACLs name the topics literally");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether an egress rule of the policies lets the pods reach pods with these labels (in the same namespace or ns). */
    static boolean allows(List<ObjectNode> policies, Map<String, String> labels, String namespace, int port) {
        JsonNode target = Kustomize.YAML.valueToTree(labels);
        for (ObjectNode policy : policies) {
            for (JsonNode rule : policy.at("/spec/egress")) {
                if (!portMatches(rule, port)) {
                    continue;
                }
                if (!rule.has("to") || rule.get("to").isEmpty()) {
                    return true;
                }
                for (JsonNode peer : rule.get("to")) {
                    boolean nsOk = namespace == null ? !peer.has("namespaceSelector")
                            : namespace.equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
                    if (nsOk && peer.has("podSelector") && selects(peer.at("/podSelector/matchLabels"), target)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the ingress NetworkPolicies selecting the target's pods (if any) admit the workload's pods. */
    static boolean admits(List<ObjectNode> resources, JsonNode from, Target target) {
        JsonNode targetLabels = Kustomize.YAML.valueToTree(target.podLabels());
        List<ObjectNode> policies = ofKind(resources, "NetworkPolicy").stream()
                .filter(p -> p.at("/spec/policyTypes").toString().contains("Ingress"))
                .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), targetLabels)).toList();
        if (policies.isEmpty()) {
            return true;
        }
        for (ObjectNode policy : policies) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                if (!portMatches(rule, target.port())) {
                    continue;
                }
                for (JsonNode peer : rule.path("from")) {
                    if (!peer.has("namespaceSelector") && peer.has("podSelector") && selects(peer.at("/podSelector/matchLabels"), from)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean portMatches(JsonNode rule, int port) {
        if (!rule.has("ports") || rule.get("ports").isEmpty()) {
            return true;
        }
        for (JsonNode p : rule.get("ports")) {
            if (!p.has("port") || p.get("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    /** The operators' dead-letter tool may read every dead-letter topic and write back to every topic they come from. */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theDeadLetterToolMayReadEveryDeadLetterTopicAndReplayToItsSource(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        ObjectNode tool = Kustomize.find(resources, "KafkaUser", "opora-dead-letters");
        for (ObjectNode topic : ofKind(resources, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            if (name.contains(".dlq.")) {
                assertThat(KubernetesManifestsTest.acl(tool, "topic", name)).as("read " + name).contains("Read");
            } else {
                assertThat(KubernetesManifestsTest.acl(tool, "topic", name)).as("replay to " + name).contains("Write");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyPublicHostIsServedWithTlsFromCertManager(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        assertThat(ofKind(resources, "Ingress")).hasSize(3);
        for (ObjectNode ingress : ofKind(resources, "Ingress")) {
            String key = Kustomize.key(ingress);
            Set<String> tlsHosts = new HashSet<>();
            for (JsonNode tls : ingress.at("/spec/tls")) {
                assertThat(tls.path("secretName").asText()).as(key + " TLS secret").isNotBlank();
                tls.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
            }
            assertThat(ingress.at("/metadata/annotations/cert-manager.io~1cluster-issuer").asText()
                    + ingress.at("/metadata/annotations/cert-manager.io~1issuer").asText()).as(key + " names a cert-manager issuer").isNotBlank();
            assertThat(ingress.at("/metadata/annotations/nginx.ingress.kubernetes.io~1ssl-redirect").asText()).as(key).isEqualTo("true");
            for (JsonNode rule : ingress.at("/spec/rules")) {
                assertThat(tlsHosts).as(key + " serves " + rule.path("host").asText() + " with TLS").contains(rule.path("host").asText());
            }
        }
        ObjectNode keycloak = ofKind(resources, "Keycloak").get(0);
        String publicHost = URI.create(keycloak.at("/spec/hostname/hostname").asText()).getHost();
        assertThat(ofKind(resources, "Ingress").stream().flatMap(i -> i.at("/spec/rules").findValuesAsText("host").stream()))
                .as("Keycloak's hostname is routed").contains(publicHost);
        assertThat(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean()).as("in-cluster OIDC needs the dynamic backchannel").isTrue();
    }

    /**
     * No Ingress routes a /q/ path of a Quarkus application publicly: the services' hosts route /api and, exactly,
     * the API document /q/openapi (documentation, no data); a host routing / to an application that answers /q/ on
     * that port (the console) sends /q to a Service without endpoints.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void noQuarkusQPathIsRoutedPublicly(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        Set<String> quarkus = new HashSet<>();
        ofKind(resources, "Deployment").forEach(d -> quarkus.add(d.at("/metadata/name").asText()));
        for (ObjectNode ingress : ofKind(resources, "Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                Map<String, String> backendByPath = new HashMap<>();
                for (JsonNode path : rule.at("/http/paths")) {
                    if (path.path("path").asText().equals("/q/openapi") && path.path("pathType").asText().equals("Exact")) {
                        continue;
                    }
                    backendByPath.put(path.path("path").asText(), path.at("/backend/service/name").asText());
                }
                backendByPath.forEach((path, backend) -> {
                    if (!quarkus.contains(backend)) {
                        return;
                    }
                    boolean coversQ = path.equals("/") || path.equals("/q") || path.startsWith("/q/");
                    String blocked = backendByPath.get("/q");
                    assertThat(coversQ && (blocked == null || quarkus.contains(blocked) || hasSelector(resources, blocked)))
                            .as(Kustomize.key(ingress) + " routes " + rule.path("host").asText() + path + " (and so /q/) to " + backend).isFalse();
                });
            }
        }
    }

    /**
     * Every application an Ingress routes to sees the client's https URL: ingress-nginx ends TLS and sends
     * X-Forwarded-Proto/-Host, and the application trusts them in the profiles its Deployment runs (the console by its
     * own variables, checked above; the services through opora-common's "kubernetes" profile), so that a Location
     * header names the public https host, not http.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyServiceBehindTheIngressTrustsItsForwardedHeaders(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        ObjectNode ingress = Kustomize.find(resources, "Ingress", "opora");
        Set<String> backends = new HashSet<>();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            rule.at("/http/paths").forEach(path -> backends.add(path.at("/backend/service/name").asText()));
        }
        assertThat(backends).containsAll(KubernetesManifestsTest.SERVICES);
        for (String service : backends) {
            Workload workload = workloads(resources).stream().filter(w -> w.name().equals(service)).findFirst().orElseThrow();
            List<String> profiles = List.of(workload.env().getOrDefault("QUARKUS_PROFILE", "prod").split(","));
            List<java.util.Properties> config = List.of(
                    KubernetesManifestsTest.properties(KubernetesManifestsTest.REPO.resolve(service + "/src/main/resources/application.properties")),
                    KubernetesManifestsTest.properties(KubernetesManifestsTest.REPO.resolve(
                            "opora-common/src/main/resources/META-INF/microprofile-config.properties")));
            for (String key : List.of("quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded",
                    "quarkus.http.proxy.enable-forwarded-host")) {
                assertThat(effective(config, profiles, key)).as(service + " " + key + " in profiles " + profiles).isEqualTo("true");
            }
        }
    }

    /** A key's value as Quarkus resolves it: the last profile named wins over earlier ones, any profile over none. */
    static String effective(List<java.util.Properties> sources, List<String> profiles, String key) {
        List<String> candidates = new ArrayList<>();
        for (int i = profiles.size() - 1; i >= 0; i--) {
            candidates.add("%" + profiles.get(i).strip() + "." + key);
        }
        candidates.add(key);
        for (String candidate : candidates) {
            for (java.util.Properties source : sources) {
                if (source.getProperty(candidate) != null) {
                    return source.getProperty(candidate);
                }
            }
        }
        return null;
    }

    static boolean hasSelector(List<ObjectNode> resources, String service) {
        return ofKind(resources, "Service").stream().filter(s -> service.equals(s.at("/metadata/name").asText()))
                .anyMatch(s -> s.at("/spec/selector").size() > 0);
    }

    /** Kafka's listeners all TLS, the clients on SASL_SSL with the cluster CA; JDBC verify-full with the cluster CA. */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void noPlaintextConnectionCarriesApplicationData(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        for (ObjectNode kafka : ofKind(resources, "Kafka")) {
            for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
                assertThat(listener.path("tls").asBoolean()).as("Kafka listener " + listener.path("name").asText() + " uses TLS").isTrue();
            }
            assertThat(kafka.at("/spec/kafka/version").asText()).as("a Kafka version Strimzi 1.0 to 1.2 support").startsWith("4.2.");
        }
        for (Workload w : workloads(resources)) {
            if (w.env().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(w.env().get("KAFKA_SECURITY_PROTOCOL")).as(w.name()).isEqualTo("SASL_SSL");
                assertThat(w.env().get("KAFKA_SSL_TRUSTSTORE_LOCATION")).as(w.name()).isNotBlank();
                assertMounted(w, w.env().get("KAFKA_SSL_TRUSTSTORE_LOCATION"), "opora-kafka-cluster-ca-cert");
            }
            if (w.env().containsKey("DB_URL")) {
                String url = w.env().get("DB_URL");
                assertThat(url).as(w.name()).contains("sslmode=verify-full");
                String rootCert = url.replaceAll(".*sslrootcert=([^&]+).*", "$1");
                assertMounted(w, rootCert, "opora-db-ca");
            }
        }
        for (Workload w : workloads(resources)) {
            if (w.env().containsKey("OIDC_SERVER_URL")) {
                assertThat(w.env().get("OIDC_SERVER_URL")).as(w.name() + " reaches Keycloak over https").startsWith("https://");
            }
            if (w.env().containsKey("OIDC_TRUST_STORE_PEM")) {
                assertMounted(w, w.env().get("OIDC_TRUST_STORE_PEM"), "keycloak-internal-tls");
            }
        }
        for (ObjectNode keycloak : ofKind(resources, "Keycloak")) {
            assertThat(keycloak.at("/spec/additionalOptions").toString()).as("Keycloak verifies the database").contains("sslmode=verify-full");
            assertThat(keycloak.at("/spec/http/httpEnabled").asBoolean(true)).as("Keycloak has no plain http listener").isFalse();
            assertThat(keycloak.at("/spec/http/tlsSecret").asText()).as("Keycloak's in-cluster certificate").isNotBlank();
        }
    }

    /** The file is in a volume mounted from the Secret. */
    static void assertMounted(Workload w, String file, String secret) {
        JsonNode pod = w.deployment().at("/spec/template/spec");
        boolean found = false;
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            if (file.startsWith(mount.path("mountPath").asText() + "/")) {
                for (JsonNode volume : pod.path("volumes")) {
                    found |= mount.path("name").asText().equals(volume.path("name").asText())
                            && secret.equals(volume.at("/secret/secretName").asText());
                }
            }
        }
        assertThat(found).as(w.name() + ": " + file + " comes from Secret " + secret).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theRealmIsHardened(String overlay) {
        JsonNode realm = ofKind(rendered(overlay), "KeycloakRealmImport").get(0).at("/spec/realm");
        assertThat(realm.path("sslRequired").asText()).isEqualTo("all");
        assertThat(realm.path("accessTokenLifespan").asInt()).as("5 minutes, as docs/operations.md says").isEqualTo(300);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        Set<String> clients = new HashSet<>();
        for (JsonNode client : realm.get("clients")) {
            clients.add(client.path("clientId").asText());
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).as(client.path("clientId").asText() + " redirect URI").startsWith("https://").doesNotContain("*");
            }
            assertThat(client.at("/attributes/post.logout.redirect.uris").asText("")).doesNotContain("*").isNotEqualTo("+");
        }
        assertThat(clients).contains("opora-web", "opora-console");
    }

    /**
     * The console signs in through one exact redirect URI: its public host (the Ingress, with TLS) plus the redirect
     * path its configuration sets, which it sees as https because it trusts the ingress controller's X-Forwarded-*
     * headers (also what its CSRF check compares the Origin with); Secure cookies; the client secret in the realm is
     * the placeholder of the same Secret the console reads.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theConsoleSignsInThroughItsExactHttpsRedirectUri(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        Workload console = workloads(resources).stream().filter(w -> w.name().equals("console")).findFirst().orElseThrow();
        ObjectNode ingress = Kustomize.find(resources, "Ingress", "console");
        String host = ingress.at("/spec/rules/0/host").asText();
        assertThat(ingress.at("/spec/tls/0/hosts").toString()).contains(host);
        assertThat(console.env()).containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true").containsEntry("OPORA_CONSOLE_SECURE_COOKIES", "true");
        JsonNode realm = ofKind(resources, "KeycloakRealmImport").get(0);
        JsonNode client = null;
        for (JsonNode c : realm.at("/spec/realm/clients")) {
            if ("opora-console".equals(c.path("clientId").asText())) {
                client = c;
            }
        }
        assertThat(client).as("the realm has the client opora-console").isNotNull();
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("redirectUris").toString())
                .isEqualTo("[\"https://" + host + console.env().get("QUARKUS_OIDC_AUTHENTICATION_REDIRECT_PATH") + "\"]");
        assertThat(client.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo("https://" + host + "/signed-out.html");
        String placeholder = client.path("secret").asText().replaceAll("^\\$\\{(.+)}$", "$1");
        JsonNode source = realm.at("/spec/placeholders/" + placeholder + "/secret");
        assertThat(source.path("name").asText()).isEqualTo(console.secretOf("OIDC_CLIENT_SECRET"));
    }

    /**
     * The sizes docs/operations.md states: small's requests fit 3 nodes of 2 vCPU and 8 GiB with a third kept free for
     * the system and the operators; production's requests at the HPA maximum fit 4 nodes of 4 vCPU and 16 GiB likewise.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theRequestsAtFullScaleFitTheStatedClusterSize(String overlay) {
        List<ObjectNode> resources = rendered(overlay);
        double cpu = 0;
        double memory = 0;
        for (Workload w : workloads(resources)) {
            JsonNode requests = w.deployment().at("/spec/template/spec/containers/0/resources/requests");
            cpu += w.maxReplicas() * cpu(requests.path("cpu").asText());
            memory += w.maxReplicas() * gib(requests.path("memory").asText());
        }
        for (ObjectNode pool : ofKind(resources, "KafkaNodePool")) {
            cpu += pool.at("/spec/replicas").asInt() * cpu(pool.at("/spec/resources/requests/cpu").asText());
            memory += pool.at("/spec/replicas").asInt() * gib(pool.at("/spec/resources/requests/memory").asText());
        }
        for (ObjectNode cluster : ofKind(resources, "Cluster")) {
            cpu += cluster.at("/spec/instances").asInt() * cpu(cluster.at("/spec/resources/requests/cpu").asText());
            memory += cluster.at("/spec/instances").asInt() * gib(cluster.at("/spec/resources/requests/memory").asText());
        }
        for (ObjectNode keycloak : ofKind(resources, "Keycloak")) {
            cpu += keycloak.at("/spec/instances").asInt(1) * cpu(keycloak.at("/spec/resources/requests/cpu").asText());
            memory += keycloak.at("/spec/instances").asInt(1) * gib(keycloak.at("/spec/resources/requests/memory").asText());
        }
        for (ObjectNode pooler : ofKind(resources, "Pooler")) {
            JsonNode requests = pooler.at("/spec/template/spec/containers/0/resources/requests");
            cpu += pooler.at("/spec/instances").asInt(1) * cpu(requests.path("cpu").asText());
            memory += pooler.at("/spec/instances").asInt(1) * gib(requests.path("memory").asText());
        }
        int nodes = overlay.equals("small") ? 3 : 4;
        double nodeCpu = overlay.equals("small") ? 2 : 4;
        double nodeMemory = overlay.equals("small") ? 8 : 16;
        assertThat(cpu).as(overlay + " CPU requests at full scale").isLessThanOrEqualTo(nodes * nodeCpu * 2 / 3);
        assertThat(memory).as(overlay + " memory requests (GiB) at full scale").isLessThanOrEqualTo(nodes * nodeMemory * 2 / 3);
    }

    static double cpu(String quantity) {
        return quantity.endsWith("m") ? Double.parseDouble(quantity.substring(0, quantity.length() - 1)) / 1000 : Double.parseDouble(quantity);
    }

    static double gib(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Double.parseDouble(quantity.substring(0, quantity.length() - 2));
        }
        if (quantity.endsWith("Mi")) {
            return Double.parseDouble(quantity.substring(0, quantity.length() - 2)) / 1024;
        }
        throw new IllegalArgumentException("memory in Mi or Gi: " + quantity);
    }
}
