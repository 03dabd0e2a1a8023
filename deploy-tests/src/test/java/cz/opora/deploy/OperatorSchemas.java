package cz.opora.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural checks of the CloudNativePG and Keycloak operator resources, which have no typed Java model: the
 * apiVersion each operator serves, the fields each kind requires, and no top-level spec field the operator does not
 * define (from the operators' reference documentation: CloudNativePG 1.26, Keycloak operator 26).
 */
final class OperatorSchemas {
    record Kind(String apiVersion, Set<String> required, Set<String> allowed) {
    }

    static final Map<String, Kind> KINDS = Map.of(
            "Cluster", new Kind("postgresql.cnpg.io/v1", Set.of("instances", "storage"), Set.of("instances", "imageName",
                    "primaryUpdateStrategy", "storage", "walStorage", "postgresql", "bootstrap", "managed", "monitoring", "backup",
                    "resources", "affinity", "description", "enableSuperuserAccess", "superuserSecret", "certificates",
                    "externalClusters", "replica", "minSyncReplicas", "maxSyncReplicas", "plugins", "env", "logLevel")),
            "Database", new Kind("postgresql.cnpg.io/v1", Set.of("name", "owner", "cluster"), Set.of("name", "owner", "cluster",
                    "ensure", "encoding", "locale", "template", "databaseReclaimPolicy", "extensions", "schemas")),
            "ScheduledBackup", new Kind("postgresql.cnpg.io/v1", Set.of("schedule", "cluster"), Set.of("schedule", "cluster",
                    "backupOwnerReference", "method", "immediate", "suspend", "target", "online", "pluginConfiguration")),
            "Keycloak", new Kind("k8s.keycloak.org/v2alpha1", Set.of("db", "hostname"), Set.of("instances", "db", "hostname",
                    "http", "proxy", "ingress", "resources", "image", "features", "transaction", "additionalOptions",
                    "unsupported", "startOptimized", "truststores", "cache", "httpManagement", "scheduling")),
            "KeycloakRealmImport", new Kind("k8s.keycloak.org/v2alpha1", Set.of("keycloakCRName", "realm"),
                    Set.of("keycloakCRName", "realm", "placeholders", "resources")));

    private OperatorSchemas() {
    }

    static List<String> check(ObjectNode resource) {
        List<String> problems = new ArrayList<>();
        String key = Kustomize.key(resource);
        Kind kind = KINDS.get(resource.path("kind").asText());
        if (kind == null) {
            problems.add(key + ": no check for this kind (" + resource.path("apiVersion").asText() + ")");
            return problems;
        }
        if (!kind.apiVersion().equals(resource.path("apiVersion").asText())) {
            problems.add(key + ": apiVersion " + resource.path("apiVersion").asText() + ", the operator serves " + kind.apiVersion());
        }
        if (resource.at("/metadata/name").asText().isBlank()) {
            problems.add(key + ": no name");
        }
        JsonNode spec = resource.path("spec");
        for (String field : kind.required()) {
            if (spec.path(field).isMissingNode() || spec.path(field).isNull()) {
                problems.add(key + ": spec." + field + " is required");
            }
        }
        spec.fieldNames().forEachRemaining(field -> {
            if (!kind.allowed().contains(field)) {
                problems.add(key + ": spec." + field + " is not a field of " + resource.path("kind").asText());
            }
        });
        return problems;
    }
}
