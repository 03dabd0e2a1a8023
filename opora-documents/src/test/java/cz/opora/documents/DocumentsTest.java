package cz.opora.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.rest.ProblemException;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class DocumentsTest {
    static final String CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy";

    @Test
    void pdfCarriesCzechTextInTheShippedFont() throws Exception {
        byte[] pdf = Pdf.bytes(Html.document("Individuální plán").p(CZECH).p("<script>&amp;</script>")
                .facts("Revize", Html.date(LocalDate.of(2026, 12, 1)))
                .signatures(List.of("Jana Horvátová, rodič")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Individuální plán", CZECH, "<script>&amp;</script>", "1. 12. 2026",
                    "Jana Horvátová, rodič");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).allMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void csvHasTheBomSemicolonsAndDecimalComma() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = new Csv(out)) {
            csv.row(List.of("Ukazatel", "Hodnota")).row(List.of("Hodiny; přímá práce", new BigDecimal("12.50")))
                    .row(List.of("Řekla \"ano\"", 3L));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFUkazatel;Hodnota\r\n\"Hodiny; přímá práce\";12,50\r\n\"Řekla \"\"ano\"\"\";3\r\n");
    }

    @Test
    void figuresReadBackFromXlsxEqualTheJson() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("organization", "sas-jih");
        report.put("familiesSupported", 12);
        report.put("contactHours", new BigDecimal("40.25"));
        report.put("byType", Map.of("HOME_VISIT", Map.of("contacts", 7)));
        ObjectMapper json = new ObjectMapper();
        Map<String, String> labels = Map.of("familiesSupported", "Podpořené rodiny", "byType", "Podle typu",
                "HOME_VISIT", "Návštěva v domácnosti", "contacts", "Kontakty");
        var response = Figures.respond(report, json, labels, "Statistika rodin", ReportFormat.XLSX, "statistiky");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        Map<String, Object> back = new LinkedHashMap<>();
        Map<String, String> labelsBack = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Statistika rodin");
            wb.getFirstSheet().openStream().skip(1).forEach(r -> {
                back.put(r.getCellText(2), r.getCell(1).getValue());
                labelsBack.put(r.getCellText(2), r.getCellText(0));
            });
        }
        assertThat(back).containsExactly(Map.entry("organization", "sas-jih"),
                Map.entry("familiesSupported", new BigDecimal("12")), Map.entry("contactHours", new BigDecimal("40.25")),
                Map.entry("byType.HOME_VISIT.contacts", new BigDecimal("7")));
        assertThat(labelsBack).containsEntry("familiesSupported", "Podpořené rodiny")
                .containsEntry("byType.HOME_VISIT.contacts", "Podle typu – Návštěva v domácnosti – Kontakty");
    }

    @Test
    void formatParameterIsCheckedAndWins() {
        assertThat(ReportFormat.choose("XLSX", null)).isEqualTo(ReportFormat.XLSX);
        assertThatThrownBy(() -> ReportFormat.choose("pdf", null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void zipStopsAtItsLimitAndLeavesNoFile() throws Exception {
        BoundedZip zip = new BoundedZip(64 * 1024, Duration.ofMinutes(1));
        assertThat(zip.file()).exists();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> {
            try (OutputStream part = zip.part("big.bin")) {
                for (int i = 0; i < 100; i++) {
                    part.write(noise);
                }
            }
        }).isInstanceOf(ProblemException.class);
        zip.close();
        assertThat(zip.file()).doesNotExist();
    }
}
