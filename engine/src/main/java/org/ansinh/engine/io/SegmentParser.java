package org.ansinh.engine.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Parses one segment of a population CSV (whole households) into the shared columns, at the
 * segment's row and household offsets. Cells are parsed from bytes; only household ids become
 * strings.
 */
final class SegmentParser {

  private final byte[] b;
  private final CsvColumns columns;
  private final CsvColumns.Target target;
  private final int rowOffset;
  private final int groupOffset;
  private final int[] fieldStart;
  private final int[] fieldEnd;

  SegmentParser(
      byte[] bytes, CsvColumns columns, CsvColumns.Target target, int rowOffset, int groupOffset) {
    this.b = bytes;
    this.columns = columns;
    this.target = target;
    this.rowOffset = rowOffset;
    this.groupOffset = groupOffset;
    this.fieldStart = new int[columns.names.length];
    this.fieldEnd = new int[columns.names.length];
  }

  /** {rows, households} in the segment: reads only the household id of each line. */
  int[] count() {
    int rows = 0;
    int groups = 0;
    int hc = columns.householdColumn;
    int prevStart = -1;
    int prevEnd = -1;
    int pos = 0;
    while (pos < b.length) {
      int end = lineEnd(pos);
      if (end > pos && !(end == pos + 1 && b[pos] == '\r')) {
        int s = pos;
        for (int field = 0; field < hc && s < end; s++) {
          if (b[s] == ',') {
            field++;
          }
        }
        int e = s;
        while (e < end && b[e] != ',' && b[e] != '\r') {
          e++;
        }
        rows++;
        if (prevStart < 0 || !Arrays.equals(b, s, e, b, prevStart, prevEnd)) {
          groups++;
        }
        prevStart = s;
        prevEnd = e;
      }
      pos = end + 1;
    }
    return new int[] {rows, groups};
  }

  void parse() {
    int hc = columns.householdColumn;
    int row = rowOffset;
    int group = groupOffset - 1;
    int prevStart = -1;
    int prevEnd = -1;
    int pos = 0;
    while (pos < b.length) {
      if (b[pos] == '\n' || b[pos] == '\r') {
        pos++;
        continue;
      }
      {
        int next = split(pos, row);
        boolean newGroup =
            prevStart < 0 || !Arrays.equals(b, fieldStart[hc], fieldEnd[hc], b, prevStart, prevEnd);
        if (newGroup) {
          group++;
          String id = text(fieldStart[hc], fieldEnd[hc]);
          if (id.isEmpty()) {
            throw error(row, hc, "household_id is empty");
          }
          target.groupIds[group] = id;
          target.groupIdHashes[group] = hash(fieldStart[hc], fieldEnd[hc]);
        }
        prevStart = fieldStart[hc];
        prevEnd = fieldEnd[hc];
        target.groupOfPerson[row] = group;
        for (int c = 0; c < fieldStart.length; c++) {
          cell(c, row, group, newGroup);
        }
        row++;
        pos = next;
      }
    }
  }

  private void cell(int c, int row, int group, boolean firstOfGroup) {
    int s = fieldStart[c];
    int e = fieldEnd[c];
    CsvColumns.Kind kind = columns.kinds[c];
    switch (kind) {
      case HOUSEHOLD_ID -> {}
      case ROLE -> target.roleOfPerson[row] = role(s, e, row, c);
      case PERSON_ID -> target.personIds[row] = text(s, e);
      default -> {
        boolean groupColumn = columns.groupColumn[c];
        if (groupColumn && !firstOfGroup) {
          return;
        }
        int index = groupColumn ? group : row;
        if (s == e) {
          target.givenMask(c)[index] = false;
          return;
        }
        Object array = target.arrays[c];
        try {
          switch (kind) {
            case INT -> ((int[]) array)[index] = (int) integer(s, e, row, c);
            case MONEY -> ((long[]) array)[index] = money(s, e, row, c);
            case DECIMAL -> ((double[]) array)[index] = decimal(s, e);
            case BOOL -> ((boolean[]) array)[index] = bool(s, e, row, c);
            case ENUM -> ((byte[]) array)[index] = enumOrdinal(s, e, row, c);
            case DATE -> ((int[]) array)[index] = epochDay(s, e, row, c);
            default -> throw new IllegalStateException(kind.name());
          }
        } catch (NumberFormatException | DateTimeException ex) {
          throw error(
              row, c, "cannot read '" + text(s, e) + "' as " + columns.variables[c].type().name());
        }
      }
    }
  }

  private int lineEnd(int pos) {
    for (int i = pos; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return b.length;
  }

  /**
   * Splits the line starting at {@code start} into fields (quoted fields keep their quotes out) in
   * one scan, and returns where the next line starts.
   */
  private int split(int start, int row) {
    int n = fieldStart.length;
    int len = b.length;
    int i = start;
    for (int field = 0; field < n; field++) {
      if (i < len && b[i] == '"') {
        int close = i + 1;
        while (close < len && !(b[close] == '"' && (close + 1 == len || isEnd(b[close + 1])))) {
          close++;
        }
        fieldStart[field] = i + 1;
        fieldEnd[field] = close;
        i = Math.min(len, close + 1);
      } else {
        int j = i;
        byte x;
        while (j < len && (x = b[j]) != ',' && x != '\n' && x != '\r') {
          j++;
        }
        fieldStart[field] = i;
        fieldEnd[field] = j;
        i = j;
      }
      if (field + 1 < n) {
        if (i < len && b[i] == ',') {
          i++;
        } else {
          throw error(row, field + 1, "the row has " + (field + 1) + " fields, the header " + n);
        }
      }
    }
    if (i < len && b[i] == ',') {
      throw error(row, n - 1, "the row has more fields than the header's " + n);
    }
    while (i < len && b[i] == '\r') {
      i++;
    }
    return i < len && b[i] == '\n' ? i + 1 : i;
  }

  private static boolean isEnd(byte x) {
    return x == ',' || x == '\n' || x == '\r';
  }

  private long integer(int s, int e, int row, int c) {
    boolean negative = b[s] == '-';
    int i = negative || b[s] == '+' ? s + 1 : s;
    if (i == e) {
      throw error(row, c, "expected a whole number, got '" + text(s, e) + "'");
    }
    long v = 0;
    for (; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        if (b[i] == '.' && allZeros(i + 1, e)) {
          break;
        }
        throw error(row, c, "expected a whole number, got '" + text(s, e) + "'");
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * A decimal number such as a survey weight ({@code 0.790464482908334}) without building a string:
   * with at most 15 significant digits and 22 decimals, digits and power of ten are both exact
   * doubles, so one division gives the correctly rounded value, exactly what {@link
   * Double#parseDouble} gives (Clinger's fast path). Anything else goes through that parser.
   */
  double decimal(int s, int e) {
    int i = s;
    boolean negative = i < e && b[i] == '-';
    if (i < e && (b[i] == '-' || b[i] == '+')) {
      i++;
    }
    long digits = 0;
    int significant = 0;
    int decimals = -1;
    boolean any = false;
    for (; i < e; i++) {
      byte x = b[i];
      if (x >= '0' && x <= '9') {
        any = true;
        if (significant > 0 || x != '0') {
          significant++;
        }
        digits = digits * 10 + (x - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (x == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.parseDouble(text(s, e));
      }
    }
    if (!any || significant > 15 || decimals > 22) {
      return Double.parseDouble(text(s, e));
    }
    double v = decimals <= 0 ? digits : digits / POWERS_OF_TEN[decimals];
    return negative ? -v : v;
  }

  /** YYYY-MM-DD without building a string; anything else goes through the full parser. */
  private int epochDay(int s, int e, int row, int c) {
    if (e - s == 10 && b[s + 4] == '-' && b[s + 7] == '-') {
      int year = (int) integer(s, s + 4, row, c);
      int month = (int) integer(s + 5, s + 7, row, c);
      int day = (int) integer(s + 8, s + 10, row, c);
      return (int) LocalDate.of(year, month, day).toEpochDay();
    }
    return (int) LocalDate.parse(text(s, e)).toEpochDay();
  }

  private long money(int s, int e, int row, int c) {
    int dot = -1;
    for (int i = s; i < e; i++) {
      if (b[i] == '.') {
        dot = i;
        break;
      }
    }
    if (dot < 0 || allZeros(dot + 1, e)) {
      return integer(s, dot < 0 ? e : dot, row, c);
    }
    return Math.round(Double.parseDouble(text(s, e)));
  }

  private boolean allZeros(int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] != '0') {
        return false;
      }
    }
    return true;
  }

  private boolean bool(int s, int e, int row, int c) {
    if (e - s == 1) {
      if (b[s] == '1') {
        return true;
      }
      if (b[s] == '0') {
        return false;
      }
    }
    String t = text(s, e).toLowerCase();
    if (t.equals("true") || t.equals("yes")) {
      return true;
    }
    if (t.equals("false") || t.equals("no")) {
      return false;
    }
    throw error(row, c, "expected 0/1 or true/false, got '" + text(s, e) + "'");
  }

  private byte enumOrdinal(int s, int e, int row, int c) {
    byte[][] names = columns.enumNames[c];
    for (int k = 0; k < names.length; k++) {
      if (equalsIgnoreCase(names[k], s, e)) {
        return (byte) (k / 2);
      }
    }
    throw error(row, c, "unknown value '" + text(s, e) + "'; expected one of " + expected(names));
  }

  private byte role(int s, int e, int row, int c) {
    byte[][] keys = columns.roleKeys;
    for (int k = 0; k < keys.length; k++) {
      if (equalsIgnoreCase(keys[k], s, e)) {
        return (byte) (k / 2);
      }
    }
    throw error(row, c, "unknown role '" + text(s, e) + "'; expected one of " + expected(keys));
  }

  private boolean equalsIgnoreCase(byte[] lowerName, int s, int e) {
    if (lowerName.length != e - s || lowerName.length == 0) {
      return false;
    }
    for (int i = 0; i < lowerName.length; i++) {
      byte x = b[s + i];
      if (x >= 'A' && x <= 'Z') {
        x += 32;
      }
      if (x != lowerName[i]) {
        return false;
      }
    }
    return true;
  }

  private static String expected(byte[][] names) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < names.length; k += 2) {
      s.append(s.isEmpty() ? "" : ", ")
          .append(new String(names[k], StandardCharsets.UTF_8).toUpperCase());
    }
    return s.toString();
  }

  private long hash(int s, int e) {
    long h = 0xcbf29ce484222325L;
    for (int i = s; i < e; i++) {
      h = (h ^ b[i]) * 0x100000001b3L;
    }
    return h;
  }

  private String text(int s, int e) {
    return new String(b, s, e - s, StandardCharsets.UTF_8);
  }

  private CsvFormatException error(int row, int column, String message) {
    return new CsvFormatException(
        "row "
            + (row + 2)
            + ", column "
            + columns.names[Math.min(column, columns.names.length - 1)]
            + ": "
            + message);
  }
}
