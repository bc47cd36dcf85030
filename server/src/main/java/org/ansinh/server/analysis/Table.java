package org.ansinh.server.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A result table with a header, written as CSV (one table a file) or as one sheet of an XLSX
 * workbook: numbers stay numbers in both, so a spreadsheet can sum them. A cell is a {@link
 * Number}, a {@link String} or null (empty).
 */
record Table(String sheet, List<String> header, List<List<Object>> rows) {

  static Table of(String sheet, List<String> header) {
    return new Table(sheet, List.copyOf(header), new ArrayList<>());
  }

  Table add(Object... cells) {
    rows.add(java.util.Arrays.asList(cells));
    return this;
  }

  String csv() {
    StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
    for (List<Object> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        out.append(cell(row.get(c)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Double.isFinite(d)
          ? (d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString())
          : "";
    }
    String s = value.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** The tables as the sheets of one workbook, streamed (a table by ward has thousands of rows). */
  static byte[] xlsx(List<Table> tables) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table t : tables) {
        Sheet sheet = book.createSheet(t.sheet());
        Row head = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(t.header().get(c));
          cell.setCellStyle(bold);
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = t.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null && !(v instanceof Number)) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
