package org.jixiao.document;

import java.math.BigDecimal;

/**
 * 表格单元格 — what one cell of an official form shows: text, or a number with its format; a number may
 * carry the formula that yields it, so Excel keeps the arithmetic and Word prints the value.
 *
 * @param formula an Excel formula whose references are written {@code {row:col}} in grid
 *     coordinates (see {@link Grid#ref}); null for a plain value
 */
record Cell(String text, BigDecimal number, Format format, String formula, Role role) {

  /** How a number is shown: money and scores with two decimals, rates as percentages. */
  enum Format {
    TEXT,
    AMOUNT,
    SCORE,
    PERCENT,
    INTEGER
  }

  /** What the cell is in the form, which decides its look. */
  enum Role {
    HEADER,
    LABEL,
    BODY,
    TOTAL
  }

  static Cell header(String text) {
    return new Cell(text, null, Format.TEXT, null, Role.HEADER);
  }

  static Cell label(String text) {
    return new Cell(text, null, Format.TEXT, null, Role.LABEL);
  }

  static Cell text(String text) {
    return new Cell(text, null, Format.TEXT, null, Role.BODY);
  }

  static Cell number(BigDecimal value, Format format) {
    return value == null ? text("") : new Cell(null, value, format, null, Role.BODY);
  }

  static Cell formula(String formula, BigDecimal value, Format format) {
    return new Cell(null, value, format, formula, Role.BODY);
  }

  Cell as(Role newRole) {
    return new Cell(text, number, format, formula, newRole);
  }

  boolean isNumber() {
    return number != null;
  }

  /** The text Word prints for this cell. */
  String display() {
    return number == null ? (text == null ? "" : text) : Numbers.show(number, format);
  }
}
