package org.ansinh.server.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded table, one {@code String[]} of cells each (empty cell: empty string): CSV
 * (RFC 4180, UTF-8 with or without a byte-order mark, comma or semicolon as Excel writes it) or the
 * first sheet of an XLSX workbook.
 */
interface TableRows extends AutoCloseable {

  /** The next row, or null at the end. */
  String[] next() throws IOException;

  @Override
  void close() throws IOException;

  /** Reads by the file name's extension: {@code .xlsx}, else CSV. */
  static TableRows open(String fileName, InputStream in) throws IOException {
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return new Xlsx(in);
    }
    return new Csv(in);
  }

  /** CSV, read a character at a time: quoted cells may hold commas, quotes and line breaks. */
  final class Csv implements TableRows {
    private final BufferedReader reader;
    private char separator;

    Csv(InputStream in) {
      this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public String[] next() throws IOException {
      String line = reader.readLine();
      if (line == null) {
        return null;
      }
      if (separator == 0) {
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1); // Excel's byte-order mark
        }
        // The header's separator is the file's: Excel writes ';' where ',' is the decimal mark.
        separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
      }
      if (line.indexOf('"') < 0) {
        return split(line);
      }
      return quoted(line);
    }

    private String[] split(String line) {
      List<String> cells = new ArrayList<>();
      int from = 0;
      int at;
      while ((at = line.indexOf(separator, from)) >= 0) {
        cells.add(line.substring(from, at));
        from = at + 1;
      }
      cells.add(line.substring(from));
      return cells.toArray(String[]::new);
    }

    /** A line with quoted cells; a quoted line break continues on the next line. */
    private String[] quoted(String first) throws IOException {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean inQuotes = false;
      String line = first;
      while (true) {
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (inQuotes) {
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
              cell.append('"');
              i++;
            } else if (c == '"') {
              inQuotes = false;
            } else {
              cell.append(c);
            }
          } else if (c == '"' && cell.isEmpty()) {
            inQuotes = true;
          } else if (c == separator) {
            cells.add(cell.toString());
            cell.setLength(0);
          } else {
            cell.append(c);
          }
        }
        if (!inQuotes) {
          break;
        }
        line = reader.readLine();
        if (line == null) {
          break;
        }
        cell.append('\n');
      }
      cells.add(cell.toString());
      return cells.toArray(String[]::new);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /**
   * The first sheet of a workbook. Dates become YYYY-MM-DD, numbers their plain digits, booleans
   * true/false, so a cell reads as the same text a CSV holds.
   */
  final class Xlsx implements TableRows {
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private int expected;

    Xlsx(InputStream in) throws IOException {
      this.workbook = new XSSFWorkbook(in);
      Sheet sheet = workbook.getSheetAt(0);
      this.rows = sheet.rowIterator();
    }

    @Override
    public String[] next() {
      if (!rows.hasNext()) {
        return null;
      }
      Row row = rows.next();
      int width = Math.max(expected, Math.max(row.getLastCellNum(), 0));
      if (expected == 0) {
        expected = width;
      }
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        cells[i] = text(row.getCell(i));
      }
      return cells;
    }

    private String text(Cell cell) {
      if (cell == null) {
        return "";
      }
      CellType type =
          cell.getCellType() == CellType.FORMULA
              ? cell.getCachedFormulaResultType()
              : cell.getCellType();
      return switch (type) {
        case NUMERIC ->
            DateUtil.isCellDateFormatted(cell)
                ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE)
                : new java.math.BigDecimal(Double.toString(cell.getNumericCellValue()))
                    .stripTrailingZeros()
                    .toPlainString();
        case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
        case STRING -> cell.getStringCellValue();
        default -> formatter.formatCellValue(cell);
      };
    }

    @Override
    public void close() throws IOException {
      try {
        workbook.close();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
