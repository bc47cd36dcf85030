package org.ansinh.server.registry;

import java.util.SplittableRandom;

/**
 * Names and national id numbers for the synthetic demo city: common Vietnamese family, middle and
 * given names drawn at random, so that screens and searches look real. They describe nobody.
 */
final class SyntheticNames {

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý"
  };
  private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh"};
  private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Minh", "Thanh", "Kim"};
  private static final String[] GIVEN_MALE = {
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn",
    "Tâm", "Thắng", "Tuấn", "Việt"
  };
  private static final String[] GIVEN_FEMALE = {
    "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung",
    "Phương", "Thảo", "Trang", "Yến"
  };

  private final SplittableRandom random;

  SyntheticNames(long seed) {
    this.random = new SplittableRandom(seed);
  }

  String family() {
    return pick(FAMILY);
  }

  String fullName(String family, boolean female) {
    return family
        + " "
        + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)
        + " "
        + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  }

  /**
   * A 12-digit number in the layout of citizen ids (province of birth, century-and-sex digit, year
   * of birth, serial), with {@code serial} making it unique within the demo.
   */
  static String nationalId(int provinceCode, int birthYear, boolean female, int serial) {
    int century = birthYear >= 2000 ? 2 : 0; // not law: layout of the citizen id number
    return String.format(
        "%03d%d%02d%06d",
        provinceCode, century + (female ? 1 : 0), birthYear % 100, serial % 1_000_000);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
