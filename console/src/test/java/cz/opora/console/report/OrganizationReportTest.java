package cz.opora.console.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The composer copies each service's sheet cell by cell (numbers stay numbers) behind a cover in Czech. */
@Tag("fast")
class OrganizationReportTest {

    @Test
    void eachServicesSheetIsCopiedExactlyBehindTheCover() throws IOException {
        OrganizationReport.Part family = OrganizationReport.read("family", "Statistika rodin", serviceSheet("Statistika rodin",
                List.of(List.of("Organizace", "sas-jih", "organization"), List.of("Období od", "2026-01-01", "from"),
                        List.of("Období do", "2026-06-30", "to"), List.of("Kontakty", 12, "contacts"),
                        List.of("Hodiny přímé práce", new BigDecimal("3.5"), "contactHours"))));
        OrganizationReport.Part tutoring = OrganizationReport.Part.refused("tutoring", "Statistika doučování");
        assertThat(family.figure("contacts")).isEqualTo(new BigDecimal("12"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrganizationReport.write(out, List.of(family, tutoring), "30. 11. 2026 18:00");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Souhrn", "Statistika rodin", "Statistika doučování");
            List<Row> cover = sheets.get(0).read();
            assertThat(cover.get(1).getCellText(1)).isEqualTo("sas-jih");
            assertThat(cover.get(2).getCellText(1)).isEqualTo("2026-01-01");
            assertThat(cover.get(3).getCellText(1)).isEqualTo("2026-06-30");
            assertThat(cover.get(6).getCellText(1)).isEqualTo("v listu „Statistika rodin“");
            assertThat(cover.get(7).getCellText(1)).startsWith("bez oprávnění");
            List<Row> rows = sheets.get(1).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Ukazatel");
            assertThat(rows.get(4).getCell(1).asNumber()).isEqualByComparingTo("12");
            assertThat(rows.get(5).getCell(1).asNumber()).isEqualByComparingTo("3.5");
            assertThat(rows.get(5).getCellText(0)).isEqualTo("Hodiny přímé práce");
            assertThat(rows.get(5).getCellText(2)).isEqualTo("contactHours");
        }
        assertThat(OrganizationReport.fileName(List.of(tutoring, family)))
                .isEqualTo("vykaz-sas-jih-2026-01-01-2026-06-30");
    }

    private static byte[] serviceSheet(String name, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Opora", "1.0");
        Worksheet ws = wb.newWorksheet(name);
        ws.value(0, 0, "Ukazatel");
        ws.value(0, 1, "Hodnota");
        ws.value(0, 2, "Klíč");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
