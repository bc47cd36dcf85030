package org.ansinh.server.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Field values between the database and their one text form (files, change history): ISO dates,
 * plain numbers, {@code true}/{@code false}, constant names.
 */
final class FieldValues {

  private FieldValues() {}

  /** The column a field is stored in (a household's code is {@code household.code}). */
  static String column(RegistryField f) {
    return f.name().equals("household_code") ? "code" : f.name();
  }

  /** The fields' values of the current row, each from the column {@code columnOf} names. */
  static Map<String, Object> read(
      ResultSet rs, List<RegistryField> fields, Function<RegistryField, String> columnOf)
      throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RegistryField f : fields) {
      String c = columnOf.apply(f);
      Object v =
          switch (f.kind()) {
            case DATE -> rs.getObject(c, LocalDate.class);
            case DECIMAL -> rs.getBigDecimal(c);
            case INTEGER -> (Integer) rs.getObject(c);
            case MONEY -> (Long) rs.getObject(c);
            case BOOLEAN -> (Boolean) rs.getObject(c);
            case TEXT, ENUM -> rs.getString(c);
          };
      values.put(f.name(), v);
    }
    return values;
  }

  /** A value's text form; null stays null. */
  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  /** Whether two values are the same (decimals by value, not by scale). */
  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return java.util.Objects.equals(a, b);
  }
}
