package cz.opora.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A printable document as XHTML, built by appending escaped parts: every text given here is escaped, so a name or a
 * note cannot break the markup. One style sheet for every Opora document (A4, DejaVu Sans, Czech dates).
 */
public final class Html {
    private static final DateTimeFormatter CZECH_DATE = DateTimeFormatter.ofPattern("d. M. yyyy");
    private static final DateTimeFormatter CZECH_DATE_TIME = DateTimeFormatter.ofPattern("d. M. yyyy H:mm");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                    @bottom-right { content: "strana " counter(page) " z " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; color: #111; }
            h1 { font-size: 17pt; margin: 0 0 4mm 0; }
            h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; border-bottom: 0.6pt solid #444; }
            h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; }
            p { margin: 0 0 2mm 0; }
            .muted { color: #555; font-size: 8.5pt; }
            table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; }
            th, td { border: 0.5pt solid #777; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
            th { background: #eee; font-weight: bold; }
            table.facts th { width: 32%; }
            .box { border: 0.8pt solid #333; padding: 2.5mm; margin: 2mm 0 3mm 0; }
            .signatures { margin: 10mm 0 6mm 0; page-break-inside: avoid; }
            .signature { display: inline-block; width: 46%; margin: 9mm 3% 0 0; vertical-align: top; }
            .line { border-top: 0.6pt solid #000; padding-top: 1mm; font-size: 8.5pt; }
            """;

    private final StringBuilder out = new StringBuilder(4096);
    private boolean closed;

    private Html(String title) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"cs\"><head>")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    /** A new document whose title is also its first heading. */
    public static Html document(String title) {
        return new Html(title).h1(title);
    }

    public Html h1(String text) {
        return element("h1", text);
    }

    public Html h2(String text) {
        return element("h2", text);
    }

    public Html h3(String text) {
        return element("h3", text);
    }

    public Html p(String text) {
        return element("p", text);
    }

    public Html muted(String text) {
        out.append("<p class=\"muted\">").append(escape(text)).append("</p>");
        return this;
    }

    /** A framed paragraph (what the family must not miss). */
    public Html box(String heading, String text) {
        out.append("<div class=\"box\"><strong>").append(escape(heading)).append("</strong><br/>")
                .append(escape(text).replace("\n", "<br/>")).append("</div>");
        return this;
    }

    /** Label and value pairs, two columns; a pair whose value is null or blank is left out. */
    public Html facts(String... labelsAndValues) {
        if (labelsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels and values come in pairs");
        }
        out.append("<table class=\"facts\">");
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                out.append("<tr><th>").append(escape(labelsAndValues[i])).append("</th><td>")
                        .append(escape(value)).append("</td></tr>");
            }
        }
        out.append("</table>");
        return this;
    }

    /** A table with a heading row; null cells print empty. */
    public Html table(List<String> headings, List<List<String>> rows) {
        out.append("<table><thead><tr>");
        headings.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    /** Lines to sign on, one per label (the person's name, role), with a place for the date. */
    public Html signatures(List<String> labels) {
        out.append("<div class=\"signatures\">");
        labels.forEach(l -> out.append("<div class=\"signature\"><div class=\"line\">").append(escape(l))
                .append("<br/>podpis a datum</div></div>"));
        out.append("</div>");
        return this;
    }

    public String xhtml() {
        if (!closed) {
            out.append("</body></html>");
            closed = true;
        }
        return out.toString();
    }

    /** A Czech date (1. 12. 2026); an empty text for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : CZECH_DATE.format(date);
    }

    /** A Czech date and time in the zone (1. 12. 2026 9:30); an empty text for none. */
    public static String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "" : CZECH_DATE_TIME.format(at.atZone(zone));
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private Html element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }
}
