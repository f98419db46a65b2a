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

  /**
   * 人员类别 — 行政编制, 参公事业编制, 事业编制, 机关工人 …
   *
   * @param items 其中 — the sub-categories this category is the total of (事业编制 129 人，其中参照公务员管理人员 69
   *     人、非参公事业人员 60 人)
   */
  public record StaffCategory(
      String category, Integer authorized, Integer actual, String note, List<StaffCategory> items) {

    public StaffCategory {
      items = Lists.copy(items);
    }

    public StaffCategory(String category, Integer authorized, Integer actual, String note) {
      this(category, authorized, actual, note, null);
    }
  }
}
