package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.Staffing.StaffCategory;

/**
 * 超编 — more serving staff than authorised posts, in total or in one category. Seed 000: 事业编制 30
 * posts, 36 serving (the totals still match at 95, because 行政 and 参公 are under strength).
 */
final class DevStaffOverPostsCheck extends NamedCheck {

  DevStaffOverPostsCheck() {
    super(
        "DEV-STAFF-OVER-POSTS",
        Severity.WARNING,
        "实有人数超过编制数",
        "财预〔2013〕53号 在职人员控制率：在职人员数不应超过编制数；机构编制管理规定");
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Staffing s = context.year().staffing();
    List<Finding> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    over("人员编制（合计）", s.authorized(), s.actual()).ifPresent(out::add);
    for (StaffCategory c : s.categories()) {
      walk(c, "人员编制 › ", out);
    }
    return out;
  }

  private void walk(StaffCategory c, String prefix, List<Finding> out) {
    String where = prefix + c.category();
    over(where, c.authorized(), c.actual()).ifPresent(out::add);
    for (StaffCategory sub : c.items()) {
      walk(sub, where + " › ", out);
    }
  }

  private java.util.Optional<Finding> over(String location, Integer posts, Integer serving) {
    if (posts == null || serving == null || serving <= posts) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Findings.of(
            this,
            "实有人数 " + serving + " 人超过编制数 " + posts + " 人（超编 " + (serving - posts) + " 人）",
            location,
            serving + "人",
            "≤" + posts + "人",
            serving + " − " + posts + " = " + (serving - posts)));
  }
}
