package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkFileReaderTest {

  @TempDir Path dir;
  private final FrameworkFileReader reader = new FrameworkFileReader();

  @Test
  void everyBuiltInFrameworkFileIsListedAndValid() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/frameworks"))) {
      var yamlFiles =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
      assertThat(FrameworkFileReader.builtInNames()).containsExactlyInAnyOrderElementsOf(yamlFiles);
    }
    assertThat(reader.builtIn())
        .extracting(Framework::id)
        .containsExactlyInAnyOrder(
            "dept-self-10",
            "project-self-10",
            "dept-53-heshan",
            "dept-third-party-yanfeng",
            "dept-hunan-deduction");
  }

  @Test
  void theYanfengFrameworkHas29LevelThreeIndicatorsWithTheReportsWeights() {
    Framework f = reader.load(null).find("dept-third-party-yanfeng").orElseThrow();

    // C2, C3 and C4 are scored at level 2, so 29 level-3 indicators and 32 scored leaves.
    assertThat(f.leaves()).hasSize(32);
    assertThat(f.leaves()).filteredOn(l -> l.code().length() == 3).hasSize(29);
    assertThat(f.indicators())
        .extracting(n -> n.weight().intValue())
        .containsExactly(15, 29, 40, 16);
    var staff = f.leaf("A22", null).orElseThrow();
    assertThat(staff.formula()).isEqualTo(FormulaId.STAFF_CONTROL_RATE);
    assertThat(staff.rule()).isInstanceOf(ScoringRule.Threshold.class);
    assertThat(f.grades().gradeOf(new BigDecimal("89"))).isEqualTo("良");
  }

  @Test
  void weightsThatDoNotAddUpAreRejectedWithTheirPath() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        id: bad
        name: 坏的体系
        scope: DEPARTMENT
        indicators:
          - name: 投入
            weight: 60
            children:
              - {name: 在职人员控制率, weight: 30, formula: STAFF_CONTROL_RATE, rule: {type: PROPORTIONAL}}
              - {name: 神秘指标, weight: 20, formula: MAGIC_RATE, rule: {type: GUESS}}
          - name: 产出
            weight: 30
            children:
              - {name: 完成率, weight: 30}
        """);

    assertThatThrownBy(() -> reader.read(file))
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("indicators[0]（投入）：下级指标分值之和 50 与本级分值 60 不符")
        .hasMessageContaining("indicators[0].children[1].formula：未知的值“MAGIC_RATE”")
        .hasMessageContaining("indicators[0].children[1].rule.type：未知的值“GUESS”")
        .hasMessageContaining("indicators[1].children[0]（完成率）：末级指标缺少评分规则")
        .hasMessageContaining("一级指标分值之和为 90，与总分 100 不符");
  }

  @Test
  void aUserDirectoryAddsFrameworksAndOverridesBuiltInOnes() throws IOException {
    Files.writeString(
        dir.resolve("mine.yaml"),
        """
        id: dept-self-10
        name: 我市自评表
        scope: DEPARTMENT
        weightsFromSheet: true
        budgetExecution: {points: 20}
        defaultRule: {type: BY_TARGET}
        indicators: [{name: 产出指标}, {name: 效益指标}]
        grades: {preset: 优良合格不合格-90-75-60}
        """);

    Framework f = reader.load(dir).find("dept-self-10").orElseThrow();

    assertThat(f.name()).isEqualTo("我市自评表");
    assertThat(f.budgetExecution().points()).isEqualByComparingTo("20");
  }
}
