package cz.opora.console.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-service report of an organization and period for funders (MPSV, ESF project reporting) and the regional
 * office: one workbook with a cover sheet ("Souhrn") and, per service, the sheet that service's own statistics
 * endpoint answers as XLSX (its Czech headings, its figures, its keys), copied cell by cell: the console counts
 * nothing, so the figures are the services' own, the same as their JSON. A service that does not give the caller its
 * figures (403: the caller's role has none there) gets a sheet saying so.
 */
public final class OrganizationReport {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String COVER = "Souhrn";

    /** One service's part: its sheet's rows (heading row first; numbers as BigDecimal), or why it has none. */
    public record Part(String service, String title, List<List<Object>> rows, String missing) {
        public static Part refused(String service, String title) {
            return new Part(service, title, List.of(), "bez oprávnění: vaše role tyto údaje nevidí");
        }

        /** The value of a figure by its key (third column), or null. */
        public Object figure(String key) {
            return rows.stream().filter(r -> r.size() > 2 && key.equals(r.get(2))).map(r -> r.get(1)).findFirst().orElse(null);
        }
    }

    private OrganizationReport() {
    }

    /** The first sheet of a service's XLSX answer, every row, cells as text or number. */
    public static Part read(String service, String title, byte[] xlsx) {
        List<List<Object>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getFirstSheet().read()) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                            : cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Part(service, title, rows, null);
    }

    /** Writes the workbook: the cover, then each part's sheet in the given order. */
    public static void write(OutputStream out, List<Part> parts, String generatedAt) {
        Workbook wb = new Workbook(out, "Opora", "1.0");
        wb.setGlobalDefaultFont("Calibri", 11);
        Worksheet cover = wb.newWorksheet(COVER);
        Object organization = first(parts, "organization");
        List<List<Object>> facts = new ArrayList<>();
        facts.add(List.of("Výkaz organizace za období", ""));
        facts.add(cells("Organizace", organization));
        facts.add(cells("Období od", first(parts, "from")));
        facts.add(cells("Období do", first(parts, "to")));
        facts.add(cells("Vyhotoveno", generatedAt));
        facts.add(cells("Zdroj", "Opora: statistiky jednotlivých služeb, každá v listu se svým názvem"));
        for (Part part : parts) {
            facts.add(cells(part.title(), part.missing() == null ? "v listu „" + part.title() + "“" : part.missing()));
        }
        rows(cover, facts);
        cover.range(0, 0, 0, 1).style().bold().set();
        cover.width(0, 40);
        cover.width(1, 70);
        for (Part part : parts) {
            Worksheet sheet = wb.newWorksheet(part.title().length() > 31 ? part.title().substring(0, 31) : part.title());
            if (part.missing() != null) {
                rows(sheet, List.of(List.of(part.title()), List.of(part.missing())));
                continue;
            }
            rows(sheet, part.rows());
            if (!part.rows().isEmpty()) {
                sheet.range(0, 0, 0, Math.max(0, part.rows().get(0).size() - 1)).style().bold().set();
            }
            sheet.width(0, 60);
            sheet.width(1, 16);
            sheet.width(2, 36);
        }
        try {
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** vykaz-&lt;organization&gt;-&lt;from&gt;-&lt;to&gt;: an organization's id and dates, never personal data. */
    public static String fileName(List<Part> parts) {
        StringBuilder name = new StringBuilder("vykaz");
        for (String key : List.of("organization", "from", "to")) {
            Object value = first(parts, key);
            if (!"".equals(value)) {
                name.append('-').append(value.toString().replaceAll("[^A-Za-z0-9-]", ""));
            }
        }
        return name.toString();
    }

    private static Object first(List<Part> parts, String key) {
        return parts.stream().map(p -> p.figure(key)).filter(v -> v != null).findFirst().orElse("");
    }

    private static List<Object> cells(Object label, Object value) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.add(value);
        return cells;
    }

    private static void rows(Worksheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof BigDecimal d) {
                    sheet.value(r, c, d);
                } else if (cell instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (cell != null) {
                    sheet.value(r, c, cell.toString());
                }
            }
        }
    }
}
