package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundTest {

  private static final QuantityParser PARSER = new QuantityParser();

  /** What the audit needs to know about an actual: a figure, an inequality, a guess, a date. */
  @ParameterizedTest(name = "{0}: exact={1} inequality={2} approximate={3} deadline={4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          90%           | true  | false | false | false
          3.93万人      | true  | false | false | false
          100%完成      | true  | false | false | false
          =100%         | false | false | false | false
          ≥95%          | false | true  | false | false
          ≤3.5%         | false | true  | false | false
          60天内        | false | true  | false | false
          4.9万余人     | false | true  | false | false
          约3000人      | false | false | true  | false
          3000人左右    | false | false | true  | false
          12月31日      | true  | false | false | true
          12月31日前完成| false | true  | false | true
          2023年内      | false | true  | false | true
          """)
  void flagsHowTheValueWasWritten(
      String text, boolean exact, boolean inequality, boolean approximate, boolean deadline) {
    Bound bound = (Bound) PARSER.parse(text);

    assertThat(bound.isExactValue()).isEqualTo(exact);
    assertThat(bound.isInequality()).isEqualTo(inequality);
    assertThat(bound.approximate()).isEqualTo(approximate);
    assertThat(bound.isDeadline()).isEqualTo(deadline);
    assertThat(bound.text()).isEqualTo(text);
    assertThat(bound.kind()).isEqualTo(TargetValue.Kind.BOUND);
    assertThat(bound.isQuantitative()).isTrue();
  }

  @Test
  void anUnwrittenOperatorCanOnlyBeEquals() {
    Quantity ninety = Quantity.of("90", "%");

    assertThatThrownBy(() -> new Bound("90%", Comparison.GE, ninety, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Bound.exact("90%", ninety).isExactValue()).isTrue();
    assertThat(Bound.of("≥90%", Comparison.GE, ninety).explicit()).isTrue();
  }
}
