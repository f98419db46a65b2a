package org.jixiao.quantity;

import java.util.Objects;

/**
 * 无法识别的指标值 — text the parser would have to guess at, returned with the reason in Chinese.
 *
 * @param text the original text ({@code ""} for a missing value)
 * @param reason why it was not read, e.g. {@code 空值}, {@code 两个数值之间没有范围分隔符}
 */
public record Unparsed(String text, String reason) implements TargetValue {

  public Unparsed {
    Objects.requireNonNull(text, "text");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("无法识别时必须说明原因：" + text);
    }
  }

  @Override
  public Kind kind() {
    return Kind.UNPARSED;
  }
}
