package org.jixiao.audit;

import java.util.Set;
import org.jixiao.budget.TableKind;

/**
 * “三公”经费超预算 — 三公 spending above its budget. Seed 002: 4.46 against a budget of 2.00 万元 (223.00 %),
 * all of it 公务接待费.
 */
final class DevThreePublicOverBudgetCheck extends OverBudgetCheck {

  DevThreePublicOverBudgetCheck() {
    super(
        "DEV-THREE-PUBLIC-OVER-BUDGET",
        "“三公”经费实际支出超过预算",
        "《党政机关厉行节约反对浪费条例》、中央八项规定精神：“三公”经费严格按预算执行，不得超预算支出；财预〔2013〕53号“三公经费”控制率",
        Set.of(TableKind.THREE_PUBLIC));
  }
}
