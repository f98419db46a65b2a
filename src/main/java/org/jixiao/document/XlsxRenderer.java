package org.jixiao.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel 版式输出 — writes each {@link Grid} to its own sheet with plain POI: title rows, merged
 * multi-row headers, thin borders, number formats {@code 0.00} and {@code 0.00%}, live formulas
 * with cached values, A4 printing one page wide.
 */
final class XlsxRenderer {
  /** The table starts below the title and the subtitle. */
  static final int OFFSET = 2;

  private static final Pattern REF = Pattern.compile("\\{(\\d+):(\\d+)}");
  private static final String FONT = "宋体";

  private final XSSFWorkbook book;
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Set<String> sheetNames = new HashSet<>();

  XlsxRenderer(XSSFWorkbook book) {
    this.book = book;
  }

  void add(String sheetName, Grid grid) {
    XSSFSheet sheet = book.createSheet(uniqueName(sheetName));
    for (int c = 0; c < grid.columns(); c++) {
      sheet.setColumnWidth(c, grid.width(c) * 256);
    }
    int last = grid.columns() - 1;
    banner(sheet, 0, grid.title(), style("title", null), last);
    banner(sheet, 1, grid.subtitle() == null ? "" : grid.subtitle(), style("subtitle", null), last);
    sheet.getRow(0).setHeightInPoints(30);
    for (int r = 0; r < grid.rows(); r++) {
      XSSFRow row = sheet.createRow(r + OFFSET);
      for (int c = 0; c < grid.columns(); c++) {
        Cell cell = grid.cell(r, c);
        XSSFCell x = row.createCell(c);
        x.setCellStyle(style(cell == null ? Cell.text("") : cell));
        if (cell != null) {
          write(x, cell);
        }
      }
      row.setHeightInPoints(Heights.points(grid, r));
    }
    for (Grid.Merge m : grid.merges()) {
      CellRangeAddress range =
          new CellRangeAddress(
              m.firstRow() + OFFSET, m.lastRow() + OFFSET, m.firstCol(), m.lastCol());
      sheet.addMergedRegion(range);
      RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
      RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
      RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
      RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
    }
    int r = grid.rows() + OFFSET;
    for (String note : grid.notes()) {
      banner(sheet, r, note, style("note", null), last);
      sheet.getRow(r).setHeightInPoints(Heights.noteHeight(grid, note));
      r++;
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(false);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
  }

  /** Fills every formula's cached value, so readers that do not recalculate see the figures. */
  void finish() {
    XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
    book.setForceFormulaRecalculation(true);
  }

  private void write(XSSFCell x, Cell cell) {
    if (cell.formula() != null) {
      x.setCellFormula(resolve(cell.formula()));
    } else if (cell.isNumber()) {
      x.setCellValue(cell.number().doubleValue());
    } else if (cell.text() != null && !cell.text().isEmpty()) {
      x.setCellValue(cell.text());
    }
  }

  static String resolve(String formula) {
    Matcher m = REF.matcher(formula);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int row = Integer.parseInt(m.group(1)) + OFFSET;
      int col = Integer.parseInt(m.group(2));
      m.appendReplacement(b, new CellReference(row, col).formatAsString());
    }
    m.appendTail(b);
    return b.toString();
  }

  private void banner(XSSFSheet sheet, int r, String text, CellStyle style, int lastCol) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    XSSFCell x = row.createCell(0);
    x.setCellValue(text);
    x.setCellStyle(style);
    if (lastCol > 0) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
    }
  }

  private CellStyle style(Cell cell) {
    return style(cell.role().name(), cell.isNumber() ? cell.format() : null);
  }

  private CellStyle style(String kind, Cell.Format format) {
    return styles.computeIfAbsent(kind + "/" + format, k -> create(kind, format));
  }

  private CellStyle create(String kind, Cell.Format format) {
    CellStyle s = book.createCellStyle();
    Font font = book.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints((short) 10);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    switch (kind) {
      case "title" -> {
        font.setBold(true);
        font.setFontHeightInPoints((short) 15);
        s.setAlignment(HorizontalAlignment.CENTER);
      }
      case "subtitle", "note" -> s.setAlignment(HorizontalAlignment.LEFT);
      default -> {
        border(s);
        font.setBold(kind.equals("HEADER") || kind.equals("TOTAL"));
        s.setAlignment(alignment(kind, format));
      }
    }
    s.setFont(font);
    if (format != null) {
      DataFormat df = book.createDataFormat();
      s.setDataFormat(df.getFormat(pattern(format)));
    }
    return s;
  }

  private static HorizontalAlignment alignment(String kind, Cell.Format format) {
    if (format != null) {
      return HorizontalAlignment.RIGHT;
    }
    return kind.equals("BODY") ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER;
  }

  private static String pattern(Cell.Format format) {
    return switch (format) {
      case AMOUNT, SCORE -> "0.00";
      case PERCENT -> "0.00%";
      case INTEGER -> "0";
      case TEXT -> "@";
    };
  }

  private static void border(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }

  private String uniqueName(String wanted) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "").trim();
    if (base.isEmpty()) {
      base = "表";
    }
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; sheetNames.contains(name); i++) {
      name = base + "(" + i + ")";
    }
    sheetNames.add(name);
    return name;
  }
}
