package org.jixiao.document;

import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.evaluation.AuditedYear;

/**
 * 部门整体支出绩效自评报告（Word）— fills the template the registry picks with poi-tl, then appends the attached
 * tables with plain XWPF (poi-tl's loops do not mix with merged header cells).
 */
final class SelfEvaluationReport {
  private SelfEvaluationReport() {}

  static void write(AuditedYear year, TemplateRegistry templates, OutputStream out)
      throws IOException {
    TemplateRegistry.Template t =
        templates.find(
            TemplateRegistry.SELF_EVALUATION, year.year().unit().region(), year.year().year());
    try (XWPFTemplate template =
        XWPFTemplate.compile(new ByteArrayInputStream(t.content())).render(ReportModel.of(year))) {
      XWPFDocument doc = template.getXWPFDocument();
      List<AttachedTables.Named> tables = AttachedTables.of(year);
      for (int k = 0; k < tables.size(); k++) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        String title = tables.get(k).grid().title();
        if (!title.startsWith("附件")) {
          XWPFParagraph p = doc.createParagraph();
          DocxFonts.run(
              p.createRun(), "附件" + attachmentNumber(tables, k), DocxFonts.HEI, 14, false);
        }
        DocxRenderer.add(doc, tables.get(k).grid());
      }
      template.write(out);
    }
  }

  /** 附件1 基础数据表, 附件2 部门整体表, 附件3-1 … 项目表 (as seed 004 numbers them). */
  static String attachmentNumber(List<AttachedTables.Named> tables, int k) {
    if (k == 0) {
      return "1";
    }
    long departments =
        tables.stream()
            .filter(t -> !t.sheetName().startsWith("项目") && !t.sheetName().equals("基础数据表"))
            .count();
    String name = tables.get(k).sheetName();
    if (!name.startsWith("项目")) {
      return String.valueOf(1 + k);
    }
    int projectIndex = k - 1 - (int) departments + 1;
    return (2 + departments) + "-" + projectIndex;
  }
}
