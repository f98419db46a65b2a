package org.jixiao.quantity;

import java.util.regex.Pattern;

/**
 * 文本规整 — turns a table cell into one canonical spelling before any reading is attempted.
 *
 * <p>Cells come from Word and PDF exports: full-width digits and signs ({@code ９０％}, {@code ＞}),
 * the mathematical variants of ≥ and ≤ ({@code ⩾}, {@code ≧}), dashes of every width, line breaks
 * and spaces inside a value ({@code ≥\n95%}, {@code ≤ 57 万元}), thousands separators ({@code
 * 85,467,109.06元}). None of these carry meaning in a Chinese table, so all are folded away here and
 * the readers only ever see one form.
 */
final class TextNormalizer {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

  /** A comma between digits that is followed by exactly three digits: {@code 1,234}. */
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

  /** A run of long dashes ({@code ——} is one separator in Chinese typesetting). */
  private static final Pattern LONG_DASHES = Pattern.compile("[—–―‒﹣]+");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。;,!?、:]+$");

  /** Quotes, brackets and sentence marks do not change what a phrase says. */
  private static final Pattern PHRASE_NOISE = Pattern.compile("[\\p{Punct}。、，；：！？“”‘’（）《》【】「」·…—]");

  private TextNormalizer() {}

  /** The canonical spelling of a cell; {@code ""} for {@code null}. */
  static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String text = WHITESPACE.matcher(foldCharacters(raw)).replaceAll("");
    text = LONG_DASHES.matcher(text).replaceAll("-");
    text =
        text.replace(">=", "≥")
            .replace("=>", "≥")
            .replace("≥=", "≥")
            .replace("<=", "≤")
            .replace("=<", "≤")
            .replace("≤=", "≤")
            .replace("==", "=");
    text = THOUSANDS.matcher(text).replaceAll("");
    return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
  }

  /** The key two qualitative phrases are compared by: {@code 无挪用，专项专用} = {@code 无挪用专项专用}. */
  static String phraseKey(String raw) {
    return PHRASE_NOISE.matcher(normalise(raw)).replaceAll("");
  }

  /** A qualitative phrase as shown: whitespace removed, Chinese punctuation kept. */
  static String phrase(String raw) {
    String text = WHITESPACE.matcher(raw == null ? "" : raw).replaceAll("");
    return text.replaceAll("[。；;，,]+$", "");
  }

  private static String foldCharacters(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
    return out.toString();
  }

  private static int fold(int c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return c - 0xFEE0; // full-width ASCII block
    }
    return switch (c) {
      case 0x3000 -> ' ';
      case 0x2212 -> '-'; // MINUS SIGN, as typeset reports print negative rates
      case '⩾', '≧', '≮' -> '≥';
      case '⩽', '≦', '≯' -> '≤';
      case '﹪' -> '%';
      case '〜', '∼' -> '~';
      case '•', '・', '∙', '⋅' -> '·';
      default -> c;
    };
  }
}
