package org.supervisionflow.assignment.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.platform.web.Downloads;

/** Small helpers around Apache POI, so features write and read workbooks the same way. */
public final class Sheets {

    /** The media type of .xlsx files. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Sheets() {
    }

    /** A cell's content as the office sees it (numbers as displayed), stripped; empty for a missing cell. */
    public static String text(Row row, int column) {
        if (row == null || column < 0) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    /** A cell's number, read from a numeric cell exactly and from a text cell as written; null when it is neither. */
    public static BigDecimal number(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        }
        try {
            return new BigDecimal(text(row, column).replace("分", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The A1-style name of a cell, e.g. {@code C5}, from 0-based indexes. */
    public static String cellName(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** A workbook with one sheet: a bold header row, then the rows, columns sized to fit. */
    public static byte[] workbook(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                // Chinese text is about twice as wide as POI's default character; a fixed width keeps it readable.
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest(header.get(c), rows, c))) * 256 * 2);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write workbook " + sheetName, e);
        }
    }

    /** A download of {@code bytes} as an .xlsx attachment named {@code fileName} (Chinese kept, RFC 5987). */
    public static ResponseEntity<byte[]> download(byte[] bytes, String fileName) {
        return Downloads.attachment(bytes, XLSX, fileName);
    }

    private static void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag ? "是" : "否");
            default -> cell.setCellValue(value.toString());
        }
    }

    private static int widest(String header, List<List<Object>> rows, int column) {
        int widest = header.length();
        for (List<Object> row : rows) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, row.get(column).toString().length());
            }
        }
        return widest;
    }
}
