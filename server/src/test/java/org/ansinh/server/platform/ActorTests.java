package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules of scope, role by role. */
class ActorTests {

  private static final int WARD = 26734;
  private static final int OTHER_WARD = 26737;

  @Test
  void aWardOfficerReadsAndEditsTheirWardOnly() {
    Actor officer = new Actor("canbo", Role.WARD_OFFICER, WARD, null);
    assertThat(officer.mayRead(WARD, 1)).isTrue();
    assertThat(officer.mayRead(OTHER_WARD, 1)).isFalse();
    assertThat(officer.mayEdit(WARD)).isTrue();
    assertThat(officer.mayEdit(OTHER_WARD)).isFalse();
    assertThat(officer.citywide()).isFalse();
  }

  @Test
  void aCitizenReadsTheirHouseholdOnlyAndEditsNothing() {
    Actor citizen = new Actor("dan", Role.CITIZEN, null, 7L);
    assertThat(citizen.mayRead(WARD, 7)).isTrue();
    assertThat(citizen.mayRead(WARD, 8)).isFalse();
    assertThat(citizen.mayEdit(WARD)).isFalse();
  }

  @Test
  void analystsSeeTheCityWithIdsMaskedAndInspectorsChangeNothing() {
    Actor analyst = new Actor("pt", Role.ANALYST, null, null);
    assertThat(analyst.mayRead(OTHER_WARD, 99)).isTrue();
    assertThat(analyst.showNationalId("079090001234")).isEqualTo("*********234");
    assertThat(analyst.mayAnalyse()).isTrue();
    Actor inspector = new Actor("tt", Role.INSPECTOR, null, null);
    assertThat(inspector.mayEdit(WARD)).isFalse();
    assertThat(inspector.mayAudit()).isTrue();
    assertThat(inspector.showNationalId("079090001234")).isEqualTo("079090001234");
    assertThat(inspector.mayAnalyse()).isFalse();
  }

  @Test
  void scopeMatchesTheRole() {
    assertThatThrownBy(() -> new Actor("x", Role.WARD_OFFICER, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor("x", Role.LEADER, WARD, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor("x", Role.CITIZEN, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
