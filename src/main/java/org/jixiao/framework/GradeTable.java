package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 等级表 — grades from the highest band down; a total gets the first band that admits it. */
public record GradeTable(String id, List<Grade> grades) {

  /** 财预〔2020〕10号：优 ≥90，良 80–90，中 60–80，差 <60. */
  public static final GradeTable EXCELLENT_GOOD_FAIR_POOR =
      new GradeTable(
          "优良中差-90-80-60",
          List.of(
              new Grade("优", new BigDecimal("90"), true),
              new Grade("良", new BigDecimal("80"), true),
              new Grade("中", new BigDecimal("60"), true),
              new Grade("差", BigDecimal.ZERO, true)));

  /** 湖南第三方评价常用：优 ≥90，良 75–90，合格 60–75，不合格 <60. */
  public static final GradeTable EXCELLENT_GOOD_PASS_FAIL =
      new GradeTable(
          "优良合格不合格-90-75-60",
          List.of(
              new Grade("优", new BigDecimal("90"), true),
              new Grade("良", new BigDecimal("75"), true),
              new Grade("合格", new BigDecimal("60"), true),
              new Grade("不合格", BigDecimal.ZERO, true)));

  public GradeTable {
    if (grades == null || grades.isEmpty()) {
      throw new IllegalArgumentException("等级表不能为空");
    }
    grades = grades.stream().sorted(Comparator.comparing(Grade::min).reversed()).toList();
  }

  public static Optional<GradeTable> preset(String id) {
    return List.of(EXCELLENT_GOOD_FAIR_POOR, EXCELLENT_GOOD_PASS_FAIL).stream()
        .filter(t -> t.id().equals(id))
        .findFirst();
  }

  public String gradeOf(BigDecimal total) {
    return grades.stream()
        .filter(g -> g.admits(total))
        .map(Grade::label)
        .findFirst()
        .orElse(grades.get(grades.size() - 1).label());
  }

  /** Whether a printed grade names the same band, allowing 优秀 for 优 and 良好 for 良. */
  public boolean sameGrade(String stated, String computed) {
    if (stated == null || computed == null) {
      return false;
    }
    String s = stated.replaceAll("[\\s“”\"]", "");
    return s.equals(computed) || s.equals(computed + "秀") || s.equals(computed + "好");
  }
}
