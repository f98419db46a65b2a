package org.jixiao.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Word 版式输出 — writes a {@link Grid} as a Word table with plain XWPF: horizontal merges as {@code
 * gridSpan}, vertical ones as {@code vMerge}, fixed column widths, thin borders, 宋体 text. poi-tl's
 * row loops break beside merged header cells, so official forms are written here.
 */
final class DocxRenderer {
  /** Text width of A4 portrait with 2 cm side margins, in twentieths of a point. */
  static final int TEXT_WIDTH = 9638;

  private static final double TEXT_SIZE = 9;

  private DocxRenderer() {}

  static void add(XWPFDocument doc, Grid grid) {
    title(doc, grid.title());
    if (grid.subtitle() != null && !grid.subtitle().isBlank()) {
      XWPFParagraph p = doc.createParagraph();
      DocxFonts.run(p.createRun(), grid.subtitle(), DocxFonts.SONG, 10.5, false);
    }
    int[] twips = twips(grid);
    XWPFTable table = doc.createTable();
    layout(table, twips);
    for (int r = 0; r < grid.rows(); r++) {
      XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
      while (!row.getTableCells().isEmpty()) {
        row.removeCell(0);
      }
      row.setCantSplitRow(true);
      for (int c = 0; c < grid.columns(); c++) {
        Grid.Merge m = grid.mergeCovering(r, c);
        if (m != null && c != m.firstCol()) {
          continue;
        }
        XWPFTableCell cell = row.addNewTableCell();
        int span = m == null ? 1 : m.lastCol() - m.firstCol() + 1;
        int width = 0;
        for (int k = c; k < c + span; k++) {
          width += twips[k];
        }
        CTTcPr pr =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (m != null && m.lastRow() > m.firstRow()) {
          pr.addNewVMerge().setVal(r == m.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        boolean top = m == null || r == m.firstRow();
        fill(cell, top ? grid.cell(m == null ? r : m.firstRow(), c) : null);
      }
    }
    for (String note : grid.notes()) {
      XWPFParagraph p = doc.createParagraph();
      DocxFonts.run(p.createRun(), note, DocxFonts.SONG, 9, false);
    }
  }

  static void title(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(120);
    DocxFonts.run(p.createRun(), text, DocxFonts.HEI, 15, true);
  }

  private static void fill(XWPFTableCell cell, Cell content) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    if (content == null) {
      return;
    }
    String[] lines = content.display().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = i == 0 ? first : cell.addParagraph();
      p.setAlignment(alignment(content));
      p.setSpacingAfter(0);
      p.setSpacingBefore(0);
      boolean bold = content.role() == Cell.Role.HEADER || content.role() == Cell.Role.TOTAL;
      DocxFonts.run(p.createRun(), lines[i], DocxFonts.SONG, TEXT_SIZE, bold);
    }
  }

  private static ParagraphAlignment alignment(Cell c) {
    if (c.isNumber()) {
      return ParagraphAlignment.RIGHT;
    }
    return c.role() == Cell.Role.BODY ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
  }

  private static void layout(XWPFTable table, int[] twips) {
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    table.setTableAlignment(TableRowAlign.CENTER);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    table.setCellMargins(20, 60, 20, 60);
  }

  private static int[] twips(Grid grid) {
    int total = 0;
    for (int c = 0; c < grid.columns(); c++) {
      total += grid.width(c);
    }
    int[] out = new int[grid.columns()];
    for (int c = 0; c < grid.columns(); c++) {
      out[c] = TEXT_WIDTH * grid.width(c) / total;
    }
    return out;
  }
}
