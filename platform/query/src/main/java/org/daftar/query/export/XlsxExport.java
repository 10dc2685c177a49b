package org.daftar.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.daftar.query.RowSink;

/**
 * Writes rows as an XLSX workbook with Apache POI's streaming workbook: only a window of rows is
 * kept in memory, the rest goes to a temporary file. Past a sheet's limit (1,048,576 rows) the
 * rows go on in a new sheet, so there is no row cap. Numbers are numeric cells, dates date cells.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     engine.stream(query, readable, params, 1_000, new XlsxExport(out));
 * }
 * }</pre>
 */
public final class XlsxExport implements RowSink {

    static final int SHEET_ROWS = 1_048_576;

    private final OutputStream out;
    private final int sheetRows;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private List<String> columns;
    private SXSSFSheet sheet;
    private int rowIndex;

    public XlsxExport(OutputStream out) {
        this(out, SHEET_ROWS);
    }

    /** With a smaller sheet size, to see the roll-over to a new sheet. */
    public XlsxExport(OutputStream out, int sheetRows) {
        this.out = out;
        this.sheetRows = sheetRows;
        workbook.setCompressTempFiles(true);
        dateStyle = style("yyyy-mm-dd");
        dateTimeStyle = style("yyyy-mm-dd hh:mm");
    }

    @Override
    public void start(List<String> columnNames) {
        columns = List.copyOf(columnNames);
        newSheet();
    }

    @Override
    public void row(Object[] values) {
        if (rowIndex == sheetRows) {
            newSheet();
        }
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            write(row.createCell(i), values[i]);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    private void newSheet() {
        sheet = workbook.createSheet("Sheet " + (workbook.getNumberOfSheets() + 1));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
        }
        rowIndex = 1;
    }

    private void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
            }
            case OffsetDateTime t -> {
                cell.setCellValue(t.toLocalDateTime());
                cell.setCellStyle(dateTimeStyle);
            }
            default -> cell.setCellValue(Cells.text(value));
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
