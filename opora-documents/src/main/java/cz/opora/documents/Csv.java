package cz.opora.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Czech Excel opens it with a double click: UTF-8 with a byte order mark (without it Excel reads
 * windows-1250 and breaks the diacritics), fields separated by {@code ;} (the list separator of the Czech locale,
 * where {@code ,} is the decimal comma), CRLF line ends, RFC 4180 quoting. Rows are written as they come.
 */
public final class Csv implements AutoCloseable {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final char SEPARATOR = ';';

    private final Writer out;

    public Csv(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Csv row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(SEPARATOR);
                }
                out.write(field(cells.get(i)));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number with the decimal comma Czech Excel reads as a number; text quoted when it must be. */
    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            return n instanceof java.math.BigDecimal d ? d.toPlainString().replace('.', ',') : n.toString().replace('.', ',');
        }
        String text = cell.toString();
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
