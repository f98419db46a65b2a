package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearFileReaderTest {

  @TempDir Path dir;
  private final YearFileReader reader = new YearFileReader();

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static final String MINIMAL =
      """
      schemaVersion: 1
      year: 2024
      source: {title: 2024年度部门整体支出绩效自评报告, kind: SELF_EVALUATION, amountUnit: 万元}
      unit: {name: 某市人力资源和社会保障局}
      tables:
        - id: three-public
          kind: THREE_PUBLIC
          lines:
            - name: 三公经费
              fullYearBudget: 58
              actual: 39.76
              items:
                - {name: 公务接待, fullYearBudget: 30, actual: 17.08}
                - {name: 公务用车运行维护, fullYearBudget: 28, actual: 22.68}
      """;

  @Test
  void readsAYearAndKeepsThePrintedScaleOfAmounts() throws IOException {
    DepartmentYear year =
        reader.read(write("a.yaml", MINIMAL + "      - {name: 项目, actual: 131.70}\n"));

    assertThat(year.year()).isEqualTo(2024);
    var table = year.tables(TableKind.THREE_PUBLIC).get(0);
    assertThat(table.line("三公经费").orElseThrow().items()).hasSize(2);
    assertThat(table.line("项目").orElseThrow().actual()).isEqualTo(new BigDecimal("131.70"));
  }

  @Test
  void anUnknownFieldIsAnErrorNamingItsPath() throws IOException {
    Path file = write("b.yaml", MINIMAL.replace("fullYearBudget: 58", "budget: 58"));

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(YearFileException.class)
        .hasMessageContaining("b.yaml")
        .hasMessageContaining("tables[0].lines[0]")
        .hasMessageContaining("未知字段“budget”");
  }

  @Test
  void aWordWhereANumberBelongsNamesTheField() throws IOException {
    Path file = write("c.yaml", MINIMAL.replace("actual: 39.76", "actual: 三十九"));

    assertThatThrownBy(() -> reader.read(file))
        .hasMessageContaining("tables[0].lines[0].actual")
        .hasMessageContaining("数字");
  }

  @Test
  void aMissingRequiredPartIsExplainedInChinese() throws IOException {
    Path file = write("d.yaml", "schemaVersion: 1\nyear: 2024\nunit: {name: 某局}\n");

    assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("缺少 source");
  }

  @Test
  void jsonIsReadWithTheSameSchema() throws IOException {
    Path file =
        write(
            "e.json",
            """
            {"schemaVersion":1,"year":2023,"source":{"kind":"THIRD_PARTY","amountUnit":"元"},
             "unit":{"name":"某区人社局"}}
            """);

    assertThat(reader.read(file).source().amountUnit()).isEqualTo("元");
  }
}
