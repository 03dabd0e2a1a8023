package cz.opora.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A statistics report (the JSON answer of a {@code /statistics} endpoint) as a funder's table: one row per figure,
 * in the JSON's order, with its Czech heading, its value and its key (the JSON path, so a funder's import and a test
 * can match it). The table is made from the very JSON tree the endpoint answers, so the figures are the same.
 */
public final class Figures {
    /** One figure: {@code key} the JSON path (byType.HOME_VISIT.hours), {@code label} its Czech heading. */
    public record Row(String key, String label, Object value) {
    }

    public static final List<String> HEADINGS = List.of("Ukazatel", "Hodnota", "Klíč");

    private Figures() {
    }

    /** The rows of a report; labels by the whole path first, else by each part joined with " – ". */
    public static List<Row> rows(JsonNode report, Map<String, String> labels) {
        List<Row> rows = new ArrayList<>();
        walk(report, "", new ArrayList<>(), labels, rows);
        return rows;
    }

    /** Answers the report as JSON, CSV or XLSX (see {@link ReportFormat}); {@code fileName} without extension. */
    public static Response respond(Object report, ObjectMapper json, Map<String, String> labels, String sheetName,
                                   ReportFormat format, String fileName) {
        if (format == ReportFormat.JSON) {
            return Response.ok(report, format.mediaType).build();
        }
        List<Row> rows = rows(json.valueToTree(report), labels);
        StreamingOutput body = out -> {
            if (format == ReportFormat.CSV) {
                try (Csv csv = new Csv(out)) {
                    csv.row(HEADINGS);
                    rows.forEach(r -> csv.row(List.of(r.label(), value(r), r.key())));
                }
            } else {
                try (Xlsx xlsx = new Xlsx(out)) {
                    xlsx.sheet(sheetName, HEADINGS).width(0, 60).width(1, 16).width(2, 36);
                    rows.forEach(r -> xlsx.row(List.of(r.label(), value(r), r.key())));
                }
            }
        };
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension + "\"")
                .build();
    }

    /** Labels from UTF-8 properties files on the class path (key = JSON path or one part of it); later ones win. */
    public static Map<String, String> labels(ClassLoader loader, String... resources) {
        Properties properties = new Properties();
        for (String resource : resources) {
            load(properties, loader, resource);
        }
        Map<String, String> labels = new java.util.HashMap<>();
        properties.forEach((k, v) -> labels.put(k.toString(), v.toString()));
        return Map.copyOf(labels);
    }

    private static void load(Properties properties, ClassLoader loader, String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("labels missing: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Row row) {
        return row.value() == null ? "" : row.value();
    }

    private static void walk(JsonNode node, String key, List<String> parts, Map<String, String> labels, List<Row> rows) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                descend(field.getValue(), key, field.getKey(), parts, labels, rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descend(node.get(i), key, String.valueOf(i + 1), parts, labels, rows);
            }
        } else {
            rows.add(new Row(key, label(key, parts, labels), leaf(node)));
        }
    }

    private static void descend(JsonNode child, String key, String part, List<String> parts, Map<String, String> labels,
                                List<Row> rows) {
        parts.add(part);
        walk(child, key.isEmpty() ? part : key + "." + part, parts, labels, rows);
        parts.remove(parts.size() - 1);
    }

    private static String label(String key, List<String> parts, Map<String, String> labels) {
        String whole = labels.get(key);
        if (whole != null) {
            return whole;
        }
        List<String> named = new ArrayList<>();
        parts.forEach(p -> named.add(labels.getOrDefault(p, p)));
        return String.join(" – ", named);
    }

    private static Object leaf(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "ano" : "ne";
        }
        return node.asText();
    }
}
