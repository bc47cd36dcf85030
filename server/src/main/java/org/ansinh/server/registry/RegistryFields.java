package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.server.registry.RegistryField.Kind;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.stereotype.Component;

/**
 * Every field of a household and a person record, in the order files and forms show them: the
 * registry's own fields first, then each input of the law, named as its variable. What a law input
 * accepts comes from the engine (type, enumeration constants); the only ranges added are ones the
 * law or the quantity itself fixes:
 *
 * <ul>
 *   <li>no input of the law is negative (amounts in đồng, months, counts, codes);
 *   <li>a percentage (unit {@code percent}) is at most 100;
 *   <li>{@code months_worked_in_year} is at most 12;
 *   <li>{@code workplace_region} is one of the regions the regional minimum wage parameters name
 *       ({@code wages.regional_minimum_wage.region_1}…, Decree 74/2024/NĐ-CP Art. 3);
 *   <li>province codes ({@code province}, {@code home_province}) have two digits (GSO codes 01–96).
 * </ul>
 */
@Component
public class RegistryFields {

  /** The household role names the engine's household entity uses. */
  static final List<String> ROLES = List.of("head", "spouse", "child", "other");

  /** The schemes of table {@code enrolment} (its check constraint lists the same). */
  public static final List<String> SCHEMES =
      List.of(
          "COMPULSORY_SI",
          "VOLUNTARY_SI",
          "HEALTH_INSURANCE",
          "UNEMPLOYMENT_INSURANCE",
          "SOCIAL_ALLOWANCE",
          "SOCIAL_PENSION");

  private final Map<String, RegistryField> household = new LinkedHashMap<>();
  private final Map<String, RegistryField> person = new LinkedHashMap<>();
  private final Map<String, RegistryField> enrolment = new LinkedHashMap<>();
  private final List<RegistryField> householdList;
  private final List<RegistryField> personList;
  private final List<RegistryField> enrolmentList;

  RegistryFields(Legislation legislation) {
    own(Level.HOUSEHOLD, "household_code", Kind.TEXT, true, "Mã hộ", "Household code");
    own(Level.HOUSEHOLD, "ward_code", Kind.INTEGER, true, "Mã phường, xã", "Ward/commune code");
    own(Level.HOUSEHOLD, "address", Kind.TEXT, false, "Địa chỉ", "Address");
    add(
        new RegistryField(
            "role",
            Level.PERSON,
            Kind.ENUM,
            ROLES,
            null,
            null,
            true,
            false,
            "Quan hệ với chủ hộ",
            "Role in the household"));
    own(Level.PERSON, "national_id", Kind.TEXT, false, "Số định danh cá nhân", "National ID");
    own(Level.PERSON, "full_name", Kind.TEXT, true, "Họ và tên", "Full name");
    own(Level.PERSON, "is_migrant", Kind.BOOLEAN, false, "Lao động di cư", "Migrant worker");
    add(
        new RegistryField(
            "home_province",
            Level.PERSON,
            Kind.INTEGER,
            List.of(),
            1L,
            99L,
            false,
            false,
            "Mã tỉnh quê",
            "Home province code"));
    long regions = regions(legislation);
    for (Variable<?> v : legislation.variables()) {
      if (v.isInput()) {
        add(input(v, regions));
      }
    }
    enrolmentFields();
    householdList = List.copyOf(household.values());
    personList = List.copyOf(person.values());
    enrolmentList = List.copyOf(enrolment.values());
  }

  /**
   * The fields of an enrolment (table {@code enrolment}): its scheme, a health-insurance card's
   * group (policy-vn's {@link HiGroup}) and number, an allowance's monthly amount, and the validity
   * {@code [valid_from, valid_until)}. The rules between them are {@link EnrolmentRegistry}'s.
   */
  private void enrolmentFields() {
    add(
        new RegistryField(
            "scheme",
            Level.ENROLMENT,
            Kind.ENUM,
            SCHEMES,
            null,
            null,
            true,
            false,
            "Chế độ",
            "Scheme"));
    add(
        new RegistryField(
            "hi_group",
            Level.ENROLMENT,
            Kind.ENUM,
            java.util.Arrays.stream(HiGroup.values()).map(Enum::name).toList(),
            null,
            null,
            false,
            false,
            "Nhóm đối tượng BHYT",
            "Health-insurance group"));
    own(Level.ENROLMENT, "card_number", Kind.TEXT, false, "Số thẻ, số sổ", "Card or book number");
    add(
        new RegistryField(
            "monthly_amount",
            Level.ENROLMENT,
            Kind.MONEY,
            List.of(),
            0L,
            null,
            false,
            false,
            "Số tiền hằng tháng (đồng)",
            "Monthly amount (đồng)"));
    own(Level.ENROLMENT, "valid_from", Kind.DATE, true, "Hiệu lực từ ngày", "Valid from");
    own(
        Level.ENROLMENT,
        "valid_until",
        Kind.DATE,
        false,
        "Hết hiệu lực từ ngày",
        "No longer valid from");
  }

  /** The fields of one level, in file order. */
  public List<RegistryField> of(Level level) {
    return switch (level) {
      case HOUSEHOLD -> householdList;
      case PERSON -> personList;
      case ENROLMENT -> enrolmentList;
    };
  }

  /** Household fields, then person fields: the columns of an import or export file. */
  public List<RegistryField> all() {
    List<RegistryField> all = new ArrayList<>(household.values());
    all.addAll(person.values());
    return Collections.unmodifiableList(all);
  }

  /** The field of this level with this name, or null. */
  public RegistryField find(Level level, String name) {
    return fields(level).get(name);
  }

  /** The law's input fields of one level: the columns named as variables. */
  public List<RegistryField> lawInputs(Level level) {
    return fields(level).values().stream().filter(RegistryField::lawInput).toList();
  }

  private Map<String, RegistryField> fields(Level level) {
    return switch (level) {
      case HOUSEHOLD -> household;
      case PERSON -> person;
      case ENROLMENT -> enrolment;
    };
  }

  private void own(Level level, String name, Kind kind, boolean required, String vi, String en) {
    add(new RegistryField(name, level, kind, List.of(), null, null, required, false, vi, en));
  }

  private void add(RegistryField f) {
    fields(f.level()).put(f.name(), f);
  }

  private static RegistryField input(Variable<?> v, long regions) {
    Level level = v.entity().isGroup() ? Level.HOUSEHOLD : Level.PERSON;
    Kind kind =
        switch (v.type().name()) {
          case "boolean" -> Kind.BOOLEAN;
          case "integer" -> Kind.INTEGER;
          case "money" -> Kind.MONEY;
          case "date" -> Kind.DATE;
          case "enum" -> Kind.ENUM;
          default -> Kind.DECIMAL;
        };
    List<String> allowed = List.of();
    if (v.type() instanceof EnumType<?> e) {
      allowed = java.util.Arrays.stream(e.constants()).map(Enum::name).toList();
    }
    Long min = null;
    Long max = null;
    if (kind == Kind.INTEGER || kind == Kind.MONEY || kind == Kind.DECIMAL) {
      min = 0L;
    }
    if ("percent".equals(v.unit())) {
      max = 100L;
    }
    switch (v.name()) {
      case "months_worked_in_year" -> max = 12L;
      case "workplace_region" -> {
        min = 1L;
        max = regions;
      }
      case "province" -> {
        min = 1L;
        max = 99L;
      }
      default -> {}
    }
    return new RegistryField(
        v.name(), level, kind, allowed, min, max, false, true, v.labelVi(), v.labelEn());
  }

  /** How many regions the regional minimum wage has: its parameters region_1, region_2, … */
  private static long regions(Legislation legislation) {
    int n = 0;
    while (legislation.parameters().contains("wages.regional_minimum_wage.region_" + (n + 1))) {
      n++;
    }
    if (n == 0) {
      throw new IllegalStateException("the law names no region of the regional minimum wage");
    }
    return n;
  }
}
