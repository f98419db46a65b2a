package org.jixiao.budget;

import java.util.List;

/**
 * 人员编制与在职人数 — authorised posts and serving staff, by category.
 *
 * @param authorized 编制数
 * @param actual 实有在职人数
 * @param statedControlRate 报告所列在职人员控制率 (as printed, e.g. {@code 100.00%})
 */
public record Staffing(
    Integer authorized,
    Integer actual,
    List<StaffCategory> categories,
    String statedControlRate,
    String note) {

  public Staffing {
    categories = Lists.copy(categories);
  }

  /** 人员类别 — 行政编制, 参公事业编制, 事业编制, 机关工人 … */
  public record StaffCategory(String category, Integer authorized, Integer actual, String note) {}
}
