package org.jixiao.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.evaluation.AuditedYear;

/** 附表（Word）— every form as a Word table, each starting on a new page. */
final class TablesDocument {
  private TablesDocument() {}

  static void write(AuditedYear year, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      PageSetup.a4(doc);
      append(doc, AttachedTables.of(year), false);
      doc.write(out);
    }
  }

  /** Appends the forms; {@code breakFirst} starts the first on a new page too. */
  static void append(XWPFDocument doc, List<AttachedTables.Named> tables, boolean breakFirst) {
    for (int k = 0; k < tables.size(); k++) {
      if (k > 0 || breakFirst) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      }
      DocxRenderer.add(doc, tables.get(k).grid());
    }
  }
}
