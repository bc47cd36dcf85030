package org.ansinh.server.lawbrowser;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.value.Coded;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.Variable;

/** The values an enumeration variable may take, by name and label, for the variable's page. */
record VariableChoices(String name, String label) {

  static List<VariableChoices> of(Variable<?> v, String lang) {
    List<VariableChoices> out = new ArrayList<>();
    if (v.type() instanceof EnumType<?> e) {
      for (Enum<?> c : e.constants()) {
        String label =
            c instanceof Coded coded ? ("en".equals(lang) ? coded.labelEn() : coded.labelVi()) : "";
        out.add(new VariableChoices(c.name(), label));
      }
    }
    return out;
  }
}
