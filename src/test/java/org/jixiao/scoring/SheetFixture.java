package org.jixiao.scoring;

import static org.jixiao.scoring.YearFixture.dec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;

/** 评分表测试夹具 — a score sheet as a report prints it: funds, indicator rows, stated subtotals. */
final class SheetFixture {
  private final SheetKind kind;
  private String id;
  private String name;
  private String framework;
  private ScoreSheet.Funds funds;
  private final List<Indicator> indicators = new ArrayList<>();
  private final List<ScoreSheet.LevelScore> subtotals = new ArrayList<>();
  private BigDecimal statedTotal;
  private String statedGrade;

  private SheetFixture(SheetKind kind, String id, String name) {
    this.kind = kind;
    this.id = id;
    this.name = name;
  }

  static SheetFixture department() {
    return new SheetFixture(SheetKind.DEPARTMENT, "dept-self", "2024年度部门整体支出绩效自评表");
  }

  static SheetFixture project() {
    return new SheetFixture(SheetKind.PROJECT, "project-1", "2024年度项目支出绩效自评表");
  }

  SheetFixture id(String id) {
    this.id = id;
    return this;
  }

  SheetFixture framework(String framework) {
    this.framework = framework;
    return this;
  }

  /** 年度资金总额: 年初预算数, 全年预算数, 全年执行数 and the printed 得分. */
  SheetFixture funds(String initial, String fullYear, String actual, String statedScore) {
    FigureLine total =
        YearFixture.line("年度资金总额").initial(initial).fullYear(fullYear).actual(actual).build();
    this.funds =
        new ScoreSheet.Funds(total, null, null, new BigDecimal("10"), null, dec(statedScore));
    return this;
  }

  SheetFixture row(Row row) {
    indicators.add(row.build());
    return this;
  }

  SheetFixture subtotal(int level, String name, String weight, String statedScore) {
    subtotals.add(new ScoreSheet.LevelScore(level, name, dec(weight), dec(statedScore)));
    return this;
  }

  SheetFixture statedTotal(String total) {
    this.statedTotal = dec(total);
    return this;
  }

  SheetFixture statedGrade(String grade) {
    this.statedGrade = grade;
    return this;
  }

  ScoreSheet build() {
    return new ScoreSheet(
        id,
        kind,
        name,
        framework,
        null,
        funds,
        null,
        null,
        indicators,
        subtotals,
        statedTotal,
        statedGrade,
        null,
        null);
  }

  // ---------------------------------------------------------------- rows

  static Row row(String level1, String name) {
    return new Row(level1, name);
  }

  /** A 绩效指标 row: 一级 / 二级 / 三级, 年度指标值, 实际完成值, 分值, 得分. */
  static final class Row {
    private final String level1;
    private final String name;
    private String code;
    private String level2;
    private String target;
    private String actual;
    private BigDecimal weight;
    private BigDecimal stated;

    private Row(String level1, String name) {
      this.level1 = level1;
      this.name = name;
    }

    Row code(String v) {
      code = v;
      return this;
    }

    Row level2(String v) {
      level2 = v;
      return this;
    }

    Row target(String v) {
      target = v;
      return this;
    }

    Row actual(String v) {
      actual = v;
      return this;
    }

    Row weight(String v) {
      weight = dec(v);
      return this;
    }

    Row stated(String v) {
      stated = dec(v);
      return this;
    }

    /** 目标, 实际, 分值, 得分 in one call. */
    Row values(String target, String actual, String weight, String stated) {
      return target(target).actual(actual).weight(weight).stated(stated);
    }

    Indicator build() {
      return new Indicator(
          code, level1, level2, name, target, actual, weight, null, stated, null, null, null, null,
          null, null);
    }
  }
}
