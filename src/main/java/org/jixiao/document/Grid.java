package org.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 表格版式 — one official form laid out once, rendered alike to an Excel sheet and a Word table: title,
 * cells on a grid, merged areas, relative column widths and notes printed below.
 *
 * <p>Coordinates count from the first row of the table itself; the Excel renderer shifts them below
 * the title rows and resolves formula references written with {@link #ref}.
 */
final class Grid {
  /** A merged rectangle, inclusive. */
  record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {
    boolean covers(int r, int c) {
      return r >= firstRow && r <= lastRow && c >= firstCol && c <= lastCol;
    }
  }

  private final String title;
  private final String subtitle;
  private final int[] widths;
  private final Map<Integer, Map<Integer, Cell>> cells = new TreeMap<>();
  private final List<Merge> merges = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int rows;

  /**
   * @param widths relative column widths (characters at Excel's default font)
   */
  Grid(String title, String subtitle, int... widths) {
    this.title = title;
    this.subtitle = subtitle;
    this.widths = widths.clone();
  }

  String title() {
    return title;
  }

  String subtitle() {
    return subtitle;
  }

  int columns() {
    return widths.length;
  }

  int width(int col) {
    return widths[col];
  }

  int rows() {
    return rows;
  }

  /** Appends an empty row and returns its index. */
  int addRow() {
    return rows++;
  }

  Grid put(int row, int col, Cell cell) {
    if (col < 0 || col >= widths.length) {
      throw new IllegalArgumentException("列 " + col + " 超出表格宽度 " + widths.length);
    }
    rows = Math.max(rows, row + 1);
    cells.computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
    return this;
  }

  /** Puts a cell and merges it across columns {@code col..lastCol} of the row. */
  Grid span(int row, int col, int lastCol, Cell cell) {
    put(row, col, cell);
    if (lastCol > col) {
      merge(row, col, row, lastCol);
    }
    return this;
  }

  Grid merge(int firstRow, int firstCol, int lastRow, int lastCol) {
    if (lastRow > firstRow || lastCol > firstCol) {
      merges.add(new Merge(firstRow, firstCol, lastRow, lastCol));
    }
    return this;
  }

  Cell cell(int row, int col) {
    Map<Integer, Cell> r = cells.get(row);
    return r == null ? null : r.get(col);
  }

  List<Merge> merges() {
    return List.copyOf(merges);
  }

  /** The merge whose top-left corner is here, if any. */
  Merge mergeAt(int row, int col) {
    return merges.stream()
        .filter(m -> m.firstRow() == row && m.firstCol() == col)
        .findFirst()
        .orElse(null);
  }

  /** The merge covering this cell, if any. */
  Merge mergeCovering(int row, int col) {
    return merges.stream().filter(m -> m.covers(row, col)).findFirst().orElse(null);
  }

  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  /** A reference to a cell inside a formula, resolved to A1 notation by the Excel renderer. */
  static String ref(int row, int col) {
    return "{" + row + ":" + col + "}";
  }
}
