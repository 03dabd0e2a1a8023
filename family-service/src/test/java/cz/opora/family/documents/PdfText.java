package cz.opora.family.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a PDF back as a reader would: its text (PDFBox), and its first page as a PNG for the docs. */
public final class PdfText {
    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the first page to {@code target/documents/<name>.png} (copied into docs/documents by hand). */
    public static void png(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80, ImageType.RGB), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
