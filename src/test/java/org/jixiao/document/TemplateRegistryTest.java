package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.evaluation.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRegistryTest {
  private static final String FORM = TemplateRegistry.SELF_EVALUATION;

  @Test
  void theBuiltInDefaultServesAnyRegionAndYear() {
    TemplateRegistry.Template t = TemplateRegistry.builtIn().find(FORM, "益阳市", 2024);

    assertThat(t.name()).isEqualTo("self-evaluation.docx");
    assertThat(t.origin()).isEqualTo("内置");
    assertThat(t.content()).startsWith((byte) 'P', (byte) 'K');
  }

  @Test
  void theMostSpecificTemplateWins(@TempDir Path dir) throws IOException {
    for (String name :
        new String[] {
          "self-evaluation@湖南省.docx",
          "self-evaluation@益阳市.docx",
          "self-evaluation@2024.docx",
          "self-evaluation@益阳市@2024.docx",
          "self-evaluation@益阳市赫山区.docx",
          "third-party.docx"
        }) {
      Files.writeString(dir.resolve(name), name);
    }
    TemplateRegistry r = TemplateRegistry.builtIn().withDirectory(dir);

    assertThat(r.find(FORM, "益阳市", 2024).name()).isEqualTo("self-evaluation@益阳市@2024.docx");
    assertThat(r.find(FORM, "益阳市", 2023).name()).isEqualTo("self-evaluation@益阳市.docx");
    assertThat(r.find(FORM, "益阳市赫山区", 2023).name()).isEqualTo("self-evaluation@益阳市赫山区.docx");
    assertThat(r.find(FORM, "岳阳市", 2024).name()).isEqualTo("self-evaluation@2024.docx");
    assertThat(r.find(FORM, "岳阳市", 2023).name()).isEqualTo("self-evaluation.docx");
    assertThat(r.find(FORM, null, 2023).origin()).isEqualTo("内置");
  }

  @Test
  void aUsersFileReplacesTheBuiltInOfTheSameName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("self-evaluation.docx"), "mine");

    TemplateRegistry.Template t =
        TemplateRegistry.builtIn().withDirectory(dir).find(FORM, "益阳市", 2024);

    assertThat(t.origin()).isEqualTo(dir.resolve("self-evaluation.docx").toString());
    assertThat(new String(t.content())).isEqualTo("mine");
  }

  @Test
  void aMissingDirectoryIsReportedInChinese(@TempDir Path dir) {
    assertThatThrownBy(() -> TemplateRegistry.builtIn().withDirectory(dir.resolve("none")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("模板目录");
  }
}
