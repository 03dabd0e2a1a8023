package cz.opora.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a funders' report back: the figures of an XLSX answer (key column → value) and the figures of the JSON answer
 * (path → value), walked independently of the code under test, so that a test compares the two.
 */
public final class Spreadsheets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Spreadsheets() {
    }

    /** Sheet name, headings and rows {key → value}; numbers as BigDecimal, empty cells as null. */
    public record Sheet(String name, List<String> headings, Map<String, Object> figures, Map<String, String> labels) {
    }

    public static Sheet xlsx(byte[] workbook) {
        return sheets(workbook).get(0);
    }

    /** Every sheet of a workbook, in order, each read as a funders' table (heading row, then label, value, key). */
    public static List<Sheet> sheets(byte[] workbook) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<Sheet> sheets = new java.util.ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                sheets.add(sheet(sheet));
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(org.dhatim.fastexcel.reader.Sheet sheet) throws IOException {
        List<Row> rows = sheet.read();
        List<String> headings = rows.get(0).stream().map(c -> c == null ? null : c.getText()).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            String key = row.getCellCount() > 2 ? row.getCellText(2) : row.getCellText(0);
            Object value = row.getCellCount() < 2 || row.getCell(1) == null ? null : row.getCell(1).getValue();
            figures.put(key, "".equals(value) ? null : value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
            labels.put(key, row.getCellText(0));
        }
        return new Sheet(sheet.getName(), headings, figures, labels);
    }

    /** The leaves of a JSON answer, path → value (numbers as BigDecimal, booleans as ano/ne, null as null). */
    public static Map<String, Object> json(String body) {
        try {
            Map<String, Object> leaves = new LinkedHashMap<>();
            walk(JSON.readTree(body), "", leaves);
            return leaves;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text without its byte order mark; fails if the mark is missing. */
    public static String csv(byte[] body) {
        if (body.length < 3 || (body[0] & 0xFF) != 0xEF || (body[1] & 0xFF) != 0xBB || (body[2] & 0xFF) != 0xBF) {
            throw new AssertionError("CSV without the UTF-8 byte order mark");
        }
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    private static void walk(JsonNode node, String path, Map<String, Object> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "." + (i + 1), leaves);
            }
        } else if (node.isNull()) {
            leaves.put(path, null);
        } else if (node.isNumber()) {
            leaves.put(path, new BigDecimal(node.asText()).stripTrailingZeros());
        } else if (node.isBoolean()) {
            leaves.put(path, node.booleanValue() ? "ano" : "ne");
        } else {
            leaves.put(path, node.asText());
        }
    }
}
