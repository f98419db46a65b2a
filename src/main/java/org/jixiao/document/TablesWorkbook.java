package org.jixiao.document;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.AuditedYear;

/** 附表（Excel）— one sheet per form, with formulas and number formats. */
final class TablesWorkbook {
  private TablesWorkbook() {}

  static void write(AuditedYear year, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XlsxRenderer renderer = new XlsxRenderer(book);
      for (AttachedTables.Named t : AttachedTables.of(year)) {
        renderer.add(t.sheetName(), t.grid());
      }
      renderer.finish();
      book.write(out);
    }
  }
}
