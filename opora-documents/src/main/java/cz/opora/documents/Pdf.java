package cz.opora.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox) with DejaVu Sans embedded as a subset: the font ships in this module
 * ({@code fonts/LICENSE-DejaVu.txt}), so the Czech glyphs never depend on the machine's fonts.
 */
public final class Pdf {
    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONTS = "/cz/opora/documents/fonts/";

    private Pdf() {
    }

    /** Renders the document to the stream (not closed). */
    public static void render(Html document, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(document.xhtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Html document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    /** A JAX-RS answer streaming the rendered document ({@code fileName} without extension, no personal data). */
    public static jakarta.ws.rs.core.Response response(Html document, String fileName) {
        jakarta.ws.rs.core.StreamingOutput body = out -> render(document, out);
        return jakarta.ws.rs.core.Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"").build();
    }

    private static InputStream font(String file) {
        InputStream in = Pdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font missing from opora-documents: " + file);
        }
        return in;
    }
}
