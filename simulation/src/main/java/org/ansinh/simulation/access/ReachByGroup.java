package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;

/**
 * Who is reached, by group, without asking who is eligible: among the workers of each group (the
 * employed), the weighted share unregistered, known to the ward, in compulsory or voluntary social
 * insurance, holding a health insurance card, trained, holding a preferential loan and assisted in
 * the last emergency; among its children of school age (the law's {@code public_school_entitled}),
 * the share in a public school. Each share with its sampling uncertainty (households as clusters,
 * wards as strata: {@link ClusteredRatio}). Seed 000 compares groups this way ("migrant workers in
 * the formal sector reach ..."); grouping by {@code household_sector} reads children by their
 * parents' work, as the seed does.
 */
public final class ReachByGroup {

  /** What a column counts, among whom. */
  public enum Column {
    UNREGISTERED("chưa đăng ký cư trú", "unregistered", null),
    KNOWN_TO_THE_WARD("phường nắm danh sách", "known to the ward", null),
    COMPULSORY_SI("BHXH bắt buộc", "compulsory SI", Programme.COMPULSORY_SI),
    VOLUNTARY_SI("BHXH tự nguyện", "voluntary SI", Programme.VOLUNTARY_SI),
    HI_CARD("thẻ BHYT", "HI card", Programme.HEALTH_INSURANCE),
    TRAINING("hỗ trợ học nghề (12 tháng)", "training (12 months)", Programme.VOCATIONAL_TRAINING),
    PREFERENTIAL_LOAN("vay vốn ưu đãi", "preferential loan", Programme.PREFERENTIAL_LOAN),
    EMERGENCY_ASSISTANCE("hỗ trợ khẩn cấp", "emergency assistance", Programme.EMERGENCY_ASSISTANCE),
    PUBLIC_SCHOOL(
        "trẻ 6–14 tuổi học trường công", "children 6–14 in public school", Programme.PUBLIC_SCHOOL);

    private final String labelVi;
    private final String labelEn;
    private final Programme reachedBy;

    Column(String labelVi, String labelEn, Programme reachedBy) {
      this.labelVi = labelVi;
      this.labelEn = labelEn;
      this.reachedBy = reachedBy;
    }

    public String labelVi() {
      return labelVi;
    }

    public String labelEn() {
      return labelEn;
    }

    /** Whether the share is of the group's children of school age, not of its workers. */
    public boolean amongChildren() {
      return this == PUBLIC_SCHOOL;
    }
  }

  /** One group × column: the weighted persons it is a share of, and the share. */
  public record Row(String group, Column column, double persons, Estimate share) {}

  private static final Column[] COLUMNS = Column.values();

  private ReachByGroup() {}

  /**
   * @param dimensions some of {@link AccessTable#DIMENSIONS}; none for the whole city
   * @throws IllegalArgumentException naming an unknown dimension
   */
  public static List<Row> of(AccessAnalysis.Result r, List<String> dimensions) {
    AccessTable.checkDimensions(dimensions);
    AccessTable.Groups groups = AccessTable.Groups.of(r, dimensions);
    boolean[][] among = new boolean[COLUMNS.length][];
    boolean[][] counted = new boolean[COLUMNS.length][];
    facts(r, among, counted);
    int columns = COLUMNS.length;
    int n = r.population().personCount();
    double[][] x = new double[groups.names().size()][columns];
    double[][] y = new double[groups.names().size()][columns];
    for (int i = 0; i < n; i++) {
      double w = r.personWeight()[i];
      int g = groups.ofPerson()[i];
      for (int c = 0; c < columns; c++) {
        if (among[c][i]) {
          x[g][c] += w;
          y[g][c] += counted[c][i] ? w : 0;
        }
      }
    }
    double[] variances = variances(r, groups, among, counted, x, y);
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < groups.names().size(); g++) {
      for (Column c : COLUMNS) {
        double persons = x[g][c.ordinal()];
        double share = persons == 0 ? Double.NaN : y[g][c.ordinal()] / persons;
        rows.add(
            new Row(
                groups.names().get(g),
                c,
                persons,
                new Estimate(share, Math.sqrt(variances[g * columns + c.ordinal()]))));
      }
    }
    return rows;
  }

  /** For each column, whom it is a share of and whom it counts. */
  private static void facts(AccessAnalysis.Result r, boolean[][] among, boolean[][] counted) {
    int n = r.population().personCount();
    byte[] status = (byte[]) r.values().get("employment_status");
    byte[] residence = (byte[]) r.values().get("residence_status");
    boolean[] workers = new boolean[n];
    boolean[] unregistered = new boolean[n];
    byte none = (byte) ResidenceStatus.UNREGISTERED.ordinal();
    for (int i = 0; i < n; i++) {
      workers[i] = EmploymentStatus.isEmployed(status[i]);
      unregistered[i] = residence[i] == none;
    }
    for (Column c : COLUMNS) {
      among[c.ordinal()] =
          c.amongChildren() ? r.eligible()[Programme.PUBLIC_SCHOOL.ordinal()] : workers;
      counted[c.ordinal()] =
          switch (c) {
            case UNREGISTERED -> unregistered;
            case KNOWN_TO_THE_WARD -> (boolean[]) r.values().get("registered_in_social_registry");
            default -> r.reached()[c.reachedBy.ordinal()];
          };
    }
  }

  /** Pass 2: each household's linearised totals of every group × column its members touch. */
  private static double[] variances(
      AccessAnalysis.Result r,
      AccessTable.Groups groups,
      boolean[][] among,
      boolean[][] counted,
      double[][] x,
      double[][] y) {
    int columns = COLUMNS.length;
    HouseholdClusters clusters = new HouseholdClusters(r);
    ClusteredRatio ratio = new ClusteredRatio(clusters.strata(), groups.names().size() * columns);
    clusters.walk(
        groups.ofPerson(),
        2 * columns,
        ratio::household,
        (i, w, t) -> {
          for (int c = 0; c < columns; c++) {
            if (among[c][i]) {
              t[2 * c] += w;
              t[2 * c + 1] += counted[c][i] ? w : 0;
            }
          }
        },
        (stratum, g, t) -> {
          for (int c = 0; c < columns; c++) {
            if (x[g][c] > 0) {
              ratio.add(
                  stratum,
                  g * columns + c,
                  ClusteredRatio.linearised(t[2 * c + 1], t[2 * c], y[g][c] / x[g][c], x[g][c]));
            }
          }
        });
    return ratio.variances();
  }
}
