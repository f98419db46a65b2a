package org.jixiao.document;

/**
 * 行高估算 — Excel does not grow a row for wrapped text in merged cells, so rows get a height from the
 * text they hold: CJK characters count 1.8 width units at the forms' 10 pt, other characters one.
 */
final class Heights {
  private static final float LINE = 12.75f;

  private Heights() {}

  static float points(Grid grid, int row) {
    int lines = 1;
    for (int c = 0; c < grid.columns(); c++) {
      Cell cell = grid.cell(row, c);
      if (cell == null) {
        continue;
      }
      Grid.Merge m = grid.mergeCovering(row, c);
      if (m != null && m.lastRow() > m.firstRow()) {
        continue;
      }
      int width = 0;
      int last = m == null ? c : m.lastCol();
      for (int k = c; k <= last; k++) {
        width += grid.width(k);
      }
      lines = Math.max(lines, lines(cell.display(), width));
    }
    return lines * LINE + 6;
  }

  static float noteHeight(Grid grid, String note) {
    int width = 0;
    for (int c = 0; c < grid.columns(); c++) {
      width += grid.width(c);
    }
    return lines(note, width) * LINE + 4;
  }

  static int lines(String text, int width) {
    int usable = Math.max(20, width * 10 - 10);
    int lines = 0;
    for (String part : text.split("\n", -1)) {
      int units = 0;
      for (int i = 0; i < part.length(); i++) {
        units += part.charAt(i) > 0x2E7F ? 18 : 10;
      }
      lines += Math.max(1, (units + usable - 1) / usable);
    }
    return lines;
  }
}
