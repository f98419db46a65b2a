package org.jixiao.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the built-in template {@code src/main/resources/templates/self-evaluation.docx} once, with
 * POI: cover (seed 001), title, preamble and the chapter loop as poi-tl tags, in named paragraph
 * styles a province can restyle in Word. Run after {@code mvn test-compile}: {@code java -cp
 * target/test-classes:target/classes:<dependencies> org.jixiao.document.DefaultTemplate [OUT]}; the
 * result is committed, and {@link TemplateTest} checks it is what this writes.
 */
public final class DefaultTemplate {
  private DefaultTemplate() {}

  public static void main(String[] args) throws IOException {
    Path out =
        Path.of(args.length > 0 ? args[0] : "src/main/resources/templates/self-evaluation.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream o = Files.newOutputStream(out)) {
      styles(doc);
      PageSetup.a4(doc);
      cover(doc);
      body(doc);
      doc.write(o);
    }
  }

  private static void cover(XWPFDocument doc) {
    for (int i = 0; i < 3; i++) {
      para(doc, "JixiaoCover", "");
    }
    para(doc, "JixiaoCoverTitle", "{{unitName}}");
    para(doc, "JixiaoCoverTitle", "{{coverTitle}}");
    for (int i = 0; i < 4; i++) {
      para(doc, "JixiaoCover", "");
    }
    para(doc, "JixiaoCover", "部门（单位）名称（盖章）：{{unitName}}");
    para(doc, "JixiaoCover", "预算编码：{{budgetCode}}");
    para(doc, "JixiaoCover", "评价方式：{{method}}");
    para(doc, "JixiaoCover", "评价机构：{{evaluator}}");
    para(doc, "JixiaoCover", "报告日期：{{reportDate}}");
    for (int i = 0; i < 5; i++) {
      para(doc, "JixiaoCover", "");
    }
    XWPFParagraph issuer = para(doc, "JixiaoCover", "{{issuer}}（制）");
    issuer.setAlignment(ParagraphAlignment.CENTER);
    issuer.setIndentationLeft(0);
    issuer.createRun().addBreak(BreakType.PAGE);
  }

  private static void body(XWPFDocument doc) {
    para(doc, "JixiaoTitle", "{{unitName}}");
    para(doc, "JixiaoTitle", "{{coverTitle}}");
    para(doc, "JixiaoBody", "{{?intro}}");
    para(doc, "JixiaoBody", "{{?p}}");
    para(doc, "JixiaoBody", "{{text}}");
    para(doc, "JixiaoBody", "{{/p}}");
    para(doc, "JixiaoBody", "{{/intro}}");
    para(doc, "JixiaoBody", "{{?chapters}}");
    para(doc, "Heading1", "{{heading}}");
    para(doc, "JixiaoBody", "{{?blocks}}");
    para(doc, "JixiaoBody", "{{?h2}}");
    para(doc, "Heading2", "{{text}}");
    para(doc, "JixiaoBody", "{{/h2}}");
    para(doc, "JixiaoBody", "{{?h3}}");
    para(doc, "Heading3", "{{text}}");
    para(doc, "JixiaoBody", "{{/h3}}");
    para(doc, "JixiaoBody", "{{?p}}");
    para(doc, "JixiaoBody", "{{text}}");
    para(doc, "JixiaoBody", "{{/p}}");
    para(doc, "JixiaoBody", "{{/blocks}}");
    para(doc, "JixiaoBody", "{{/chapters}}");
    para(doc, "JixiaoSignature", "");
    para(doc, "JixiaoSignature", "{{unitName}}");
    para(doc, "JixiaoSignature", "{{reportDate}}");
  }

  private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    style(styles, "Normal", "Normal", null, DocxFonts.SONG, 12, false, null, 0, 0, false);
    style(styles, "JixiaoBody", "Jixiao 正文", null, DocxFonts.SONG, 14, false, null, 560, 0, true);
    style(
        styles,
        "JixiaoTitle",
        "Jixiao 标题",
        null,
        DocxFonts.HEI,
        18,
        true,
        ParagraphAlignment.CENTER,
        0,
        0,
        true);
    style(
        styles,
        "JixiaoCoverTitle",
        "Jixiao 封面标题",
        null,
        DocxFonts.HEI,
        22,
        true,
        ParagraphAlignment.CENTER,
        0,
        0,
        true);
    style(styles, "JixiaoCover", "Jixiao 封面", null, DocxFonts.SONG, 16, false, null, 0, 1134, true);
    style(
        styles,
        "JixiaoSignature",
        "Jixiao 落款",
        null,
        DocxFonts.SONG,
        14,
        false,
        ParagraphAlignment.RIGHT,
        0,
        0,
        true);
    style(styles, "Heading1", "heading 1", 0, DocxFonts.HEI, 16, false, null, 560, 0, true);
    style(styles, "Heading2", "heading 2", 1, "楷体", 15, true, null, 560, 0, true);
    style(styles, "Heading3", "heading 3", 2, DocxFonts.SONG, 14, true, null, 560, 0, true);
  }

  private static void style(
      XWPFStyles styles,
      String id,
      String name,
      Integer outline,
      String eastAsia,
      int size,
      boolean bold,
      ParagraphAlignment align,
      int firstLine,
      int left,
      boolean spaced) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      s.addNewBasedOn().setVal("Normal");
      s.addNewNext().setVal(id.startsWith("Heading") ? "JixiaoBody" : id);
    }
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    if (outline != null) {
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      p.addNewKeepNext();
    }
    if (align != null) {
      p.addNewJc()
          .setVal(
              org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.Enum.forInt(
                  align.getValue()));
    }
    if (firstLine > 0 || left > 0) {
      var ind = p.addNewInd();
      if (firstLine > 0) {
        ind.setFirstLine(BigInteger.valueOf(firstLine));
      }
      if (left > 0) {
        ind.setLeft(BigInteger.valueOf(left));
      }
    }
    if (spaced) {
      CTSpacing sp = p.addNewSpacing();
      sp.setLine(BigInteger.valueOf(360));
      sp.setLineRule(STLineSpacingRule.AUTO);
      sp.setBefore(BigInteger.ZERO);
      sp.setAfter(BigInteger.ZERO);
    }
    CTRPr r = s.addNewRPr();
    CTFonts fonts = r.addNewRFonts();
    fonts.setEastAsia(eastAsia);
    fonts.setAscii(DocxFonts.LATIN);
    fonts.setHAnsi(DocxFonts.LATIN);
    fonts.setCs(DocxFonts.LATIN);
    r.addNewSz().setVal(BigInteger.valueOf(size * 2L));
    r.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
    if (bold) {
      r.addNewB();
    }
    styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(s, styles));
  }
}
