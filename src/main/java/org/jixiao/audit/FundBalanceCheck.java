package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.SocialInsuranceFund;

/**
 * ARITH-FUND-BALANCE — the social-insurance fund: 本年收入 − 本年支出 = 本年收支结余, and 期初结余 + 本年收支结余 = 期末滚存结余.
 * A closing balance that follows from the printed year balance is not reported again when only the
 * year balance is wrong.
 */
final class FundBalanceCheck extends NamedCheck {

  FundBalanceCheck() {
    super(
        "ARITH-FUND-BALANCE",
        Severity.ERROR,
        "社会保险基金收支结余不衔接",
        "社会保险基金预算：本年收支结余 = 本年收入 − 本年支出；期末滚存结余 = 期初结余 + 本年收支结余");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    SocialInsuranceFund f = ctx.year().socialInsuranceFund();
    List<Finding> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    ArithPlace place = ArithTree.fundPlace(ctx.year());
    String unit = place.amountUnit();
    BigDecimal income = f.income() == null ? null : f.income().actual();
    BigDecimal spending = f.expenditure() == null ? null : f.expenditure().actual();
    BigDecimal computed = income == null || spending == null ? null : income.subtract(spending);
    BigDecimal year = f.statedYearBalance();
    if (computed != null && year != null) {
      List<BigDecimal> terms = List.of(income, spending.negate());
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "本年收支结余",
                  "本年收入减本年支出",
                  ArithFormat.at(place.label(), "本年收支结余"),
                  year,
                  computed,
                  unit,
                  false,
                  terms,
                  ArithFormat.sum(terms, computed)))
          .ifPresent(out::add);
    }
    BigDecimal opening = f.openingBalance();
    BigDecimal closing = f.statedClosingBalance();
    BigDecimal balance = year != null ? year : computed;
    if (opening != null && closing != null && balance != null) {
      BigDecimal expected = opening.add(balance);
      boolean fromComputed =
          computed != null
              && ctx.tolerance().judge(closing, opening.add(computed)) == Tolerance.Verdict.AGREES;
      if (!fromComputed) {
        List<BigDecimal> terms = List.of(opening, balance);
        ArithCompare.compare(
                this,
                ctx,
                new ArithCompare.Claim(
                    "期末滚存结余",
                    "期初结余加本年收支结余",
                    ArithFormat.at(place.label(), "期末滚存结余"),
                    closing,
                    expected,
                    unit,
                    false,
                    terms,
                    ArithFormat.sum(terms, expected)))
            .ifPresent(out::add);
      }
    }
    return out;
  }
}
