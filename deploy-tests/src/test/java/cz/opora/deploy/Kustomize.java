package cz.opora.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory: with {@code kubectl kustomize} when kubectl is on the PATH, and always with a small
 * Java renderer of the subset deploy/kubernetes uses (resources, labels, namespace, images, strategic-merge patches by
 * kind and name, lists of named items merged by name). The tests compare the two where both exist, so the fallback
 * stays faithful on machines without kubectl.
 */
final class Kustomize {
    static final ObjectMapper YAML = new YAMLMapper();
    /** Kinds kustomize's namespace transformer leaves alone. */
    static final java.util.Set<String> CLUSTER_SCOPED = java.util.Set.of("Namespace");

    private Kustomize() {
    }

    /** The Java rendering of a kustomization directory. */
    static List<ObjectNode> render(Path dir) {
        ObjectNode k = (ObjectNode) read(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : k.withArray("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (JsonNode patch : k.withArray("patches")) {
            for (ObjectNode doc : read(dir.resolve(patch.get("path").asText()))) {
                ObjectNode target = find(resources, doc.get("kind").asText(), doc.at("/metadata/name").asText());
                merge(target, doc);
            }
        }
        for (JsonNode labels : k.withArray("labels")) {
            labels.get("pairs").fields().forEachRemaining(e -> resources.forEach(r ->
                    r.with("metadata").with("labels").put(e.getKey(), e.getValue().asText())));
        }
        if (k.has("namespace")) {
            resources.stream().filter(r -> !CLUSTER_SCOPED.contains(r.path("kind").asText()))
                    .forEach(r -> r.with("metadata").put("namespace", k.get("namespace").asText()));
        }
        for (JsonNode image : k.withArray("images")) {
            resources.forEach(r -> r.findParents("image").forEach(p -> {
                String current = p.get("image").asText();
                if (p instanceof ObjectNode o && current.equals(image.get("name").asText())) {
                    o.put("image", image.path("newName").asText(current) + ":" + image.get("newTag").asText());
                }
            }));
        }
        return resources;
    }

    /** kubectl's rendering, or null when kubectl is not installed. */
    static List<ObjectNode> kubectl(Path dir) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<ObjectNode> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc instanceof ObjectNode o && !o.isEmpty()) {
                    docs.add(o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static ObjectNode find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText()) && name.equals(r.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + kind + " " + name + " to patch"));
    }

    /** Strategic merge, the part of it these manifests use: maps merge; lists of named maps merge by name. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode current = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (current instanceof ObjectNode c && value.isObject()) {
                merge(c, value);
            } else if (current instanceof ArrayNode c && value.isArray() && named(c) && named(value)) {
                for (JsonNode item : value) {
                    JsonNode match = null;
                    for (JsonNode existing : c) {
                        if (existing.path("name").equals(item.path("name"))) {
                            match = existing;
                        }
                    }
                    if (match instanceof ObjectNode m) {
                        merge(m, item);
                    } else {
                        c.add(item.deepCopy());
                    }
                }
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }

    private static boolean named(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return !list.isEmpty();
    }

    static String key(JsonNode resource) {
        return resource.path("kind").asText() + "/" + resource.at("/metadata/name").asText();
    }

    static Map<String, JsonNode> byKey(List<ObjectNode> resources) {
        Map<String, JsonNode> map = new java.util.TreeMap<>();
        resources.forEach(r -> map.put(key(r), r));
        return map;
    }
}
