package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed template is what {@link DefaultTemplate} writes, and holds every tag filled. */
class TemplateTest {

  @Test
  void theBuiltInTemplateHoldsEveryTagTheReportFills() throws Exception {
    byte[] bytes =
        TemplateRegistry.builtIn().find(TemplateRegistry.SELF_EVALUATION, null, 2024).content();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      String text =
          String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text)
          .contains(
              "{{unitName}}",
              "{{coverTitle}}",
              "{{budgetCode}}",
              "{{method}}",
              "{{evaluator}}",
              "{{reportDate}}",
              "{{issuer}}（制）",
              "{{?intro}}",
              "{{?chapters}}",
              "{{heading}}",
              "{{?blocks}}",
              "{{?h2}}",
              "{{?h3}}",
              "{{?p}}",
              "{{text}}",
              "{{/chapters}}");
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getStyle))
          .contains("Heading1", "Heading2", "Heading3", "JixiaoBody", "JixiaoCover");
    }
  }

  @Test
  void theCommittedTemplateIsTheGeneratedOne(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("self-evaluation.docx");
    DefaultTemplate.main(new String[] {fresh.toString()});
    try (XWPFDocument a = new XWPFDocument(Files.newInputStream(fresh));
        XWPFDocument b =
            new XWPFDocument(
                Files.newInputStream(
                    Path.of("src/main/resources/templates/self-evaluation.docx")))) {
      assertThat(b.getParagraphs().stream().map(XWPFParagraph::getText).toList())
          .isEqualTo(a.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
  }
}
