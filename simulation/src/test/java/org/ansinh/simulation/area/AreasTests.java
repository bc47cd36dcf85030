package org.ansinh.simulation.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreasTests {

  @Test
  void hoChiMinhCityHas168UnitsAndHanoi126() {
    List<Area> hcm = Areas.load("hcmc_communes_2025.csv");
    List<Area> hanoi = Areas.load("hanoi_communes_2025.csv");
    // GSO Official Letter 1027/CTK-CSCL (2025): HCMC 113 wards, 54 communes, 1 special zone; Hanoi
    // 51 + 75.
    assertThat(hcm).hasSize(168);
    assertThat(hcm.stream().filter(a -> a.type() == AreaType.WARD)).hasSize(113);
    assertThat(hcm.stream().filter(a -> a.type() == AreaType.SPECIAL_ZONE)).hasSize(1);
    assertThat(hanoi).hasSize(126);
    assertThat(hanoi.stream().filter(a -> a.type() == AreaType.COMMUNE)).hasSize(75);
    assertThat(hcm).allMatch(a -> a.provinceCode() == 79 && a.formerUnits() > 0);
  }

  /** The shipped files give the count of absorbed units and the list: the two must agree. */
  @Test
  void everyUnitListsAsManyFormerUnitsAsItCounts() {
    for (String file : List.of("hcmc_communes_2025.csv", "hanoi_communes_2025.csv")) {
      var former = Areas.formerUnits(file);
      for (Area a : Areas.load(file)) {
        assertThat(former.get(a.code())).as(file + " " + a.code()).hasSize(a.formerUnits());
      }
    }
  }
}
