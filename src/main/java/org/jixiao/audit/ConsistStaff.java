package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.Staffing;

/**
 * 正文中的本单位人数 — a sentence that states the reporting unit's own staff ({@code 人社局机关现有在编人员36人}, {@code
 * 本部门年末实有在职人数158人}) speaks of the figures of the staffing table (编制数, 实有在职人数).
 *
 * <p>Only the unit's own staff: the words before the staff term must name the unit itself (本单位, 我局,
 * 机关, its name, 现有, 实有 …), so that {@code 州直单位或其下属单位在职人员457人} or the 在职人员 of the units a department
 * pays are never taken for it. Because 在编 may mean either the posts or the people in them, a figure
 * is wrong only when it is neither the 编制数 nor the 实有在职人数.
 */
final class ConsistStaff {

  private static final Pattern TERM =
      Pattern.compile("(在编人员|在编人数|在职人员|在职人数|实有人数|实有人员|在岗人员|编制数|人员编制|编制人数)$");
  private static final Pattern SELF =
      Pattern.compile("本部门|本单位|我单位|我局|本局|局机关|机关|人社局|现有|实有|年末|年底|核定");
  private static final Pattern OTHERS =
      Pattern.compile("下属|州直|市直|区直|县直|直属|街道|乡镇|学校|医院|企业|社区|系统|各单位|单位或");

  private ConsistStaff() {}

  /** Whether the figure states the reporting unit's own head count. */
  static boolean isStaffFigure(NarrativeFigure f, String agency) {
    if (f.kind() != Kind.LEVEL
        || !("人".equals(f.unit().symbol()) || "名".equals(f.unit().symbol()))) {
      return false;
    }
    String label = f.label().replaceAll("(为|达|共|有|是)$", "");
    Matcher m = TERM.matcher(label);
    if (!m.find()) {
      return false;
    }
    String before = label.substring(0, m.start());
    if (OTHERS.matcher(before).find()) {
      return false;
    }
    return SELF.matcher(before).find()
        || agency != null && !agency.isBlank() && before.contains(agency);
  }

  /** The staffing figures the stated one disagrees with, if it is neither of them. */
  static Optional<String> disagreement(NarrativeFigure f, DepartmentYear year) {
    Staffing s = year.staffing();
    if (s == null || (s.authorized() == null && s.actual() == null)) {
      return Optional.empty();
    }
    BigDecimal v = f.value();
    if (matches(v, s.authorized()) || matches(v, s.actual())) {
      return Optional.empty();
    }
    StringBuilder expected = new StringBuilder();
    if (s.authorized() != null) {
      expected.append("编制数").append(s.authorized()).append("人");
    }
    if (s.actual() != null) {
      expected
          .append(expected.isEmpty() ? "" : "、")
          .append("实有在职人数")
          .append(s.actual())
          .append("人");
    }
    return Optional.of(expected.toString());
  }

  private static boolean matches(BigDecimal v, Integer count) {
    return count != null && v.compareTo(BigDecimal.valueOf(count)) == 0;
  }
}
