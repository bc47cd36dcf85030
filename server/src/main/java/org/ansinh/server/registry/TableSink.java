package org.ansinh.server.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a registry table in the import format: the field names as the header, then one row a
 * person. CSV (UTF-8 with a byte-order mark so Excel shows Vietnamese) or XLSX (a second header row
 * of Vietnamese labels, which the importer skips, and a sheet describing every field).
 */
interface TableSink extends AutoCloseable {

  void row(Object[] values) throws IOException;

  @Override
  void close() throws IOException;

  static TableSink open(RegistryExport.Format format, List<RegistryField> fields, OutputStream out)
      throws IOException {
    return format == RegistryExport.Format.XLSX ? new Xlsx(fields, out) : new Csv(fields, out);
  }

  /** RFC 4180: a cell is quoted when it holds a comma, a quote or a line break. */
  final class Csv implements TableSink {
    private final Writer writer;

    Csv(List<RegistryField> fields, OutputStream out) throws IOException {
      this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      writer.write(String.join(",", fields.stream().map(RegistryField::name).toList()));
      writer.write("\r\n");
    }

    @Override
    public void row(Object[] values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          writer.write(',');
        }
        String s = FieldValues.text(values[i]);
        if (s != null) {
          boolean quote =
              s.indexOf(',') >= 0
                  || s.indexOf('"') >= 0
                  || s.indexOf('\n') >= 0
                  || s.indexOf(';') >= 0;
          writer.write(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
      }
      writer.write("\r\n");
    }

    @Override
    public void close() throws IOException {
      writer.flush();
    }
  }

  /** A streaming workbook: only a window of rows is in memory however large the export. */
  final class Xlsx implements TableSink {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private final OutputStream out;
    private final Sheet sheet;
    private int next;

    Xlsx(List<RegistryField> fields, OutputStream out) {
      this.out = out;
      this.sheet = workbook.createSheet("registry");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row names = sheet.createRow(next++);
      Row labels = sheet.createRow(next++);
      for (int i = 0; i < fields.size(); i++) {
        Cell n = names.createCell(i);
        n.setCellValue(fields.get(i).name());
        n.setCellStyle(bold);
        labels.createCell(i).setCellValue(fields.get(i).labelVi());
      }
      sheet.createFreezePane(0, 2);
      Sheet about = workbook.createSheet("fields");
      String[] head = {"name", "label_vi", "label_en", "accepts", "required"};
      Row h = about.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      for (int r = 0; r < fields.size(); r++) {
        RegistryField f = fields.get(r);
        Row row = about.createRow(r + 1);
        row.createCell(0).setCellValue(f.name());
        row.createCell(1).setCellValue(f.labelVi());
        row.createCell(2).setCellValue(f.labelEn());
        row.createCell(3).setCellValue(f.accepts() == null ? "" : f.accepts());
        row.createCell(4).setCellValue(f.required());
      }
    }

    @Override
    public void row(Object[] values) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          continue;
        }
        Cell c = row.createCell(i);
        if (v instanceof Boolean b) {
          c.setCellValue(b);
        } else if (v instanceof Integer || v instanceof Long) {
          c.setCellValue(((Number) v).doubleValue()); // exact: amounts are far below 2^53
        } else if (v instanceof BigDecimal d) {
          c.setCellValue(d.doubleValue());
        } else {
          c.setCellValue(v.toString()); // text, codes, IDs with leading zeros, ISO dates
        }
      }
    }

    @Override
    public void close() throws IOException {
      try {
        workbook.write(out);
        out.flush();
      } finally {
        workbook.close();
      }
    }
  }
}
