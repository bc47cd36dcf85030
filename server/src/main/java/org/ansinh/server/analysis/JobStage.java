package org.ansinh.server.analysis;

/**
 * What a running job is doing, in the order it does it, with the share of the job each stage takes
 * (a guess measured on the demo city: the law's computation dominates).
 */
enum JobStage {
  QUEUED("Đang chờ", "Waiting in the queue", 0, 0),
  READING("Đọc sổ đăng ký", "Reading the registry", 0, 10),
  LAW("Tính theo luật", "Computing the law", 10, 55),
  NO_RESIDENCE("Tính lại không có điều kiện cư trú", "Computing without residence rules", 55, 75),
  YEAR("Tính chi phí 12 tháng", "Computing the year's costs", 75, 90),
  TABLES("Lập bảng và biểu đồ", "Making tables and charts", 90, 100),
  DONE("Xong", "Done", 100, 100),
  FAILED("Thất bại", "Failed", 100, 100),
  CANCELLED("Đã hủy", "Cancelled", 100, 100);

  private final String labelVi;
  private final String labelEn;
  private final int from;
  private final int to;

  JobStage(String labelVi, String labelEn, int from, int to) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.from = from;
    this.to = to;
  }

  /** The stage an analysis reports as {@code stage} (its ProgressListener's words). */
  static JobStage ofAnalysis(String stage) {
    return switch (stage) {
      case "law" -> LAW;
      case "no residence" -> NO_RESIDENCE;
      case "year" -> YEAR;
      default -> TABLES;
    };
  }

  /** The job's progress, 0–100, when {@code done} of {@code total} of this stage are done. */
  int progress(long done, long total) {
    double share = total <= 0 ? 0 : Math.min(1, (double) done / total);
    return (int) Math.round(from + share * (to - from));
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String label(String language) {
    return "en".equals(language) ? labelEn : labelVi;
  }
}
