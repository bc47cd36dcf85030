package org.ansinh.server.registry.web;

import java.util.HashMap;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.value.Coded;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.server.registry.RegistryField;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.stereotype.Component;

/**
 * Words for what records hold as codes: the constants of the law's enumerations ({@code TEMPORARY}
 * is "Tạm trú" / "Temporary residence"), taken from the law's own labels, and a field's name as its
 * label. Templates call it as {@code ${@registryLabels.value('residence_status', v, en)}}.
 */
@Component("registryLabels")
class ValueLabels {

  /** The field whose constants are health-insurance groups (column {@code enrolment.hi_group}). */
  static final String HI_GROUP = "hi_group";

  private final Map<String, Coded> constants = new HashMap<>();
  private final RegistryFields fields;

  ValueLabels(Legislation legislation, RegistryFields fields) {
    this.fields = fields;
    for (Variable<?> v : legislation.variables()) {
      if (v.isInput() && v.type() instanceof EnumType<?> e) {
        for (Enum<?> c : e.constants()) {
          if (c instanceof Coded coded) {
            constants.put(v.name() + ":" + c.name(), coded);
          }
        }
      }
    }
    for (HiGroup g : HiGroup.values()) {
      constants.put(HI_GROUP + ":" + g.name(), g);
    }
  }

  /** A constant of a field in words; the code itself when the law gives it no label. */
  public String value(String field, Object constant, boolean en) {
    if (constant == null) {
      return "";
    }
    Coded c = constants.get(field + ":" + constant);
    if (c == null) {
      return constant.toString();
    }
    return en ? c.labelEn() : c.labelVi();
  }

  /** Whether the field's constants have words (else the form shows the codes). */
  public boolean labelled(String field) {
    String prefix = field + ":";
    return constants.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /**
   * The field a change-history entry names ({@code entity} household, person, enrolment), or null.
   */
  public RegistryField fieldOf(String entity, String name) {
    Level level =
        switch (entity) {
          case "household" -> Level.HOUSEHOLD;
          case "enrolment" -> Level.ENROLMENT;
          default -> Level.PERSON;
        };
    return fields.find(level, name);
  }
}
