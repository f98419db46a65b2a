package org.jixiao.document;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * 中文字体 — every run names its East Asian font (宋体, 黑体 …) and a Latin one, so Word uses the official
 * typefaces and LibreOffice falls back to an installed CJK font instead of boxes.
 */
final class DocxFonts {
  static final String SONG = "宋体";
  static final String HEI = "黑体";
  static final String LATIN = "Times New Roman";

  private DocxFonts() {}

  static XWPFRun run(XWPFRun run, String text, String eastAsia, double size, boolean bold) {
    run.setText(text == null ? "" : text);
    run.setBold(bold);
    run.setFontSize(size);
    font(run, eastAsia);
    return run;
  }

  static void font(XWPFRun run, String eastAsia) {
    CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
    fonts.setEastAsia(eastAsia);
    fonts.setAscii(LATIN);
    fonts.setHAnsi(LATIN);
    fonts.setCs(LATIN);
  }
}
