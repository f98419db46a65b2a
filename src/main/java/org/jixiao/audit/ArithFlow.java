package org.jixiao.audit;

import org.jixiao.budget.FigureLine;
import org.jixiao.budget.LineNames;

/**
 * 收支结转的四个环节 — which part of a carry-forward a line is, by its name: 年初结转和结余, 本年收入, 本年支出, 年末结转和结余
 * (and the ways reports word them: 上年结转, 期初结余, 年末财政拨款结转和结余 …).
 */
enum ArithFlow {
  OPENING,
  INCOME,
  SPENDING,
  CLOSING,
  NONE;

  static ArithFlow of(FigureLine l) {
    if (l.name() == null) {
      return NONE;
    }
    String n = LineNames.normalize(l.name());
    boolean carried = n.contains("结转") || n.contains("结余");
    if (carried && (n.contains("年初") || n.contains("上年") || n.contains("期初"))) {
      return OPENING;
    }
    if (carried && (n.contains("年末") || n.contains("期末"))) {
      return CLOSING;
    }
    if (n.endsWith("总计")) {
      return NONE;
    }
    if (n.contains("收入")) {
      return INCOME;
    }
    if (n.contains("支出")) {
      return SPENDING;
    }
    return NONE;
  }
}
