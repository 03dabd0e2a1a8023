package cz.opora.documents;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * An XLSX workbook written row by row (fastexcel streams each sheet: a sheet's finished rows are flushed, not kept).
 * Numbers are numeric cells, so a funder's formulas work on them; the first row of a sheet is its heading, bold.
 */
public final class Xlsx implements AutoCloseable {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    public Xlsx(OutputStream out) {
        this.workbook = new Workbook(out, "Opora", "1.0");
        workbook.setGlobalDefaultFont("Calibri", 11);
    }

    /** Starts a sheet (names of at most 31 characters, Czech allowed) with its heading row. */
    public Xlsx sheet(String name, List<String> headings) {
        finishSheet();
        sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        row = 0;
        row(headings);
        sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
        return this;
    }

    public Xlsx width(int column, double width) {
        sheet.width(column, width);
        return this;
    }

    public Xlsx row(List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof BigDecimal d) {
                sheet.value(row, c, d);
            } else if (cell instanceof Number n) {
                sheet.value(row, c, n);
            } else if (cell instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (cell != null) {
                sheet.value(row, c, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    private void finishSheet() {
        if (sheet != null) {
            try {
                sheet.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            finishSheet();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
