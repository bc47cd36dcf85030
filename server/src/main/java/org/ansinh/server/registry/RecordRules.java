package org.ansinh.server.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ansinh.server.registry.RegistryField.Kind;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place a household or person record is checked, for the API and the importer alike: every
 * field against {@link RegistryFields} (kind, enumeration values, ranges), plus the registry's own
 * rules (ward code in {@code area}, national ID of 12 digits, a birth date not in the future —
 * "today" from the injected clock). Values come back in their canonical Java form: {@code Boolean},
 * {@code Integer}, {@code Long} (đồng), {@code BigDecimal}, {@code LocalDate}, or the constant's
 * name as a {@code String}.
 */
@Component
public class RecordRules {

  /** The oldest birth date accepted: nobody now alive was born earlier. */
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** Checked values by field name (null = cleared), and the errors found. */
  public record Checked(Map<String, Object> values, List<FieldError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final RegistryFields fields;
  private final Clock clock;
  private final JdbcClient jdbc;
  private volatile Set<Integer> wards;

  RecordRules(RegistryFields fields, Clock clock, JdbcClient jdbc) {
    this.fields = fields;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /**
   * Checks the fields given for a record of this level.
   *
   * @param raw values as sent: text from a file, or JSON scalars; a null or blank value clears
   * @param complete whether this is a whole new record (required fields must then be there)
   */
  public Checked check(Level level, Map<String, ?> raw, boolean complete) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, ?> e : raw.entrySet()) {
      RegistryField f = fields.find(level, e.getKey());
      if (f == null) {
        errors.add(
            error(
                e.getKey(),
                "không có trường này trong hồ sơ "
                    + switch (level) {
                      case HOUSEHOLD -> "hộ";
                      case PERSON -> "nhân khẩu";
                      case ENROLMENT -> "đăng ký chế độ";
                    },
                "no such field in a " + level.name().toLowerCase(Locale.ROOT) + " record",
                null));
        continue;
      }
      Object v = e.getValue();
      if (v == null || (v instanceof String s && s.isBlank())) {
        if (f.required()) {
          errors.add(missing(f));
        } else if (f.name().equals("is_migrant")) {
          values.put(f.name(), false); // a fact the analysis reads, never unknown: blank is no
        } else {
          values.put(f.name(), null);
        }
        continue;
      }
      try {
        values.put(f.name(), value(f, v));
      } catch (Invalid i) {
        errors.add(error(f.name(), i.vi, i.en, f.accepts()));
      }
    }
    if (complete) {
      for (RegistryField f : fields.of(level)) {
        if (f.required() && !raw.containsKey(f.name())) {
          errors.add(missing(f));
        }
      }
    }
    // In field order, so history rows and errors come in the order files and forms show them.
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (RegistryField f : fields.of(level)) {
      if (values.containsKey(f.name())) {
        ordered.put(f.name(), values.get(f.name()));
      }
    }
    return new Checked(ordered, errors);
  }

  private Object value(RegistryField f, Object v) {
    Object value =
        switch (f.kind()) {
          case TEXT -> text(f, v);
          case BOOLEAN -> bool(v);
          case INTEGER -> Math.toIntExact(number(f, v, true).longValueExact());
          case MONEY -> number(f, v, true).longValueExact();
          case DECIMAL -> number(f, v, false);
          case DATE -> date(f, v);
          case ENUM -> constant(f, v);
        };
    if (f.name().equals("ward_code") && !wards().contains((Integer) value)) {
      throw new Invalid(
          "không có phường, xã nào mang mã " + value, "no ward or commune has code " + value);
    }
    return value;
  }

  private String text(RegistryField f, Object v) {
    String s = v instanceof String t ? t : String.valueOf(v);
    return switch (f.name()) {
      case "full_name" -> {
        String name = NameFold.clean(s);
        if (!name.codePoints().anyMatch(Character::isLetter)) {
          throw new Invalid("họ và tên phải có chữ cái", "a full name has letters");
        }
        yield name;
      }
      case "national_id" -> {
        String id = s.strip();
        if (!id.matches("[0-9]{12}")) {
          throw new Invalid(
              "số định danh cá nhân gồm đúng 12 chữ số", "a national ID has exactly 12 digits");
        }
        yield id;
      }
      case "household_code" -> {
        String code = s.strip();
        if (code.chars().anyMatch(Character::isWhitespace)) {
          throw new Invalid("mã hộ không có khoảng trắng", "a household code has no spaces");
        }
        yield code;
      }
      default -> s.strip();
    };
  }

  private static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    return switch (String.valueOf(v).strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "có" -> Boolean.TRUE;
      case "false", "0", "no", "không" -> Boolean.FALSE;
      default -> throw new Invalid("phải là có/không (1/0)", "expected true/false (1/0)");
    };
  }

  private static BigDecimal number(RegistryField f, Object v, boolean whole) {
    BigDecimal n;
    try {
      n =
          v instanceof Number x
              ? new BigDecimal(x.toString())
              : new BigDecimal(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new Invalid("'" + v + "' không phải là số", "'" + v + "' is not a number");
    }
    if (whole && n.stripTrailingZeros().scale() > 0) {
      throw new Invalid("phải là số nguyên", "expected a whole number");
    }
    boolean outside =
        (f.min() != null && n.compareTo(BigDecimal.valueOf(f.min())) < 0)
            || (f.max() != null && n.compareTo(BigDecimal.valueOf(f.max())) > 0);
    if (outside || (whole && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
      throw new Invalid(
          "giá trị " + v + " nằm ngoài khoảng " + f.accepts(),
          "value " + v + " is outside " + f.accepts());
    }
    if (whole && f.kind() == Kind.INTEGER && n.abs().compareTo(BigDecimal.valueOf(1 << 30)) > 0) {
      throw new Invalid("số quá lớn", "number too large");
    }
    return whole ? n.setScale(0) : n;
  }

  private LocalDate date(RegistryField f, Object v) {
    LocalDate d;
    try {
      d = v instanceof LocalDate x ? x : LocalDate.parse(String.valueOf(v).strip());
    } catch (DateTimeParseException e) {
      throw new Invalid(
          "'" + v + "' không phải ngày dạng YYYY-MM-DD", "'" + v + "' is not a date YYYY-MM-DD");
    }
    if (f.name().equals("birth_date")) {
      LocalDate today = LocalDate.now(clock);
      if (d.isAfter(today)) {
        throw new Invalid(
            "ngày sinh " + d + " ở tương lai (hôm nay " + today + ")",
            "birth date " + d + " is in the future (today is " + today + ")");
      }
      if (d.isBefore(EARLIEST_BIRTH)) {
        throw new Invalid(
            "ngày sinh " + d + " trước " + EARLIEST_BIRTH,
            "birth date " + d + " is before " + EARLIEST_BIRTH);
      }
    }
    return d;
  }

  private static String constant(RegistryField f, Object v) {
    String s = String.valueOf(v).strip();
    for (String a : f.allowed()) {
      if (a.equalsIgnoreCase(s)) {
        return a;
      }
    }
    throw new Invalid("'" + v + "' không phải giá trị cho phép", "'" + v + "' is not allowed");
  }

  /**
   * Reads the ward codes now, if not yet read: the importer calls it before its COPY starts, since
   * no other statement may run on a connection while a COPY is open.
   */
  void loadWards() {
    wards();
  }

  private Set<Integer> wards() {
    Set<Integer> w = wards;
    if (w == null) {
      // Units change only with a new release of the shipped data, loaded before requests.
      w = new HashSet<>(jdbc.sql("select code from area").query(Integer.class).list());
      if (!w.isEmpty()) {
        wards = w;
      }
    }
    return w;
  }

  private static FieldError missing(RegistryField f) {
    return error(
        f.name(),
        "thiếu " + f.labelVi().toLowerCase(Locale.ROOT),
        f.labelEn().toLowerCase(Locale.ROOT) + " is required",
        f.accepts());
  }

  static FieldError error(String field, String vi, String en, String allowed) {
    return new FieldError(0, field, capitalise(vi), capitalise(en), allowed);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A value the field does not accept, said in both languages. */
  private static final class Invalid extends RuntimeException {
    final String vi;
    final String en;

    Invalid(String vi, String en) {
      super(en, null, false, false);
      this.vi = vi;
      this.en = en;
    }
  }
}
