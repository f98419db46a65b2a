package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract other tools depend on: output shapes and exit codes. */
class CommandLineIT {

  private static final String SEED_000 = "examples/000_d7c6b592d197c283.yaml";
  private static final String SEED_004 = "examples/004_acd62aefbad223bd.yaml";

  private record Run(int exit, String out, String err) {
    JsonNode json() {
      return JsonMapper.builder().build().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = JixiaoCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void scoreJsonHasOneObjectPerFileWithTheContractFields() {
    Run r = run("score", "--json", SEED_000, SEED_004);

    assertThat(r.exit()).isZero();
    JsonNode files = r.json();
    assertThat(files).hasSize(2);
    JsonNode first = files.get(0);
    assertThat(first.get("file").asString()).isEqualTo(SEED_000);
    assertThat(first.get("unit").asString()).isEqualTo("益阳市人力资源和社会保障局");
    assertThat(first.get("year").asInt()).isEqualTo(2024);
    JsonNode sheet = first.get("sheets").get(0);
    for (String field :
        List.of(
            "kind", "name", "framework", "total", "statedTotal", "grade", "statedGrade", "items")) {
      assertThat(sheet.has(field)).as(field).isTrue();
    }
    assertThat(sheet.get("kind").asString()).isEqualTo("DEPARTMENT");
    assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("98.79");
    assertThat(sheet.get("grade").asString()).isEqualTo("优");
    JsonNode budget = sheet.get("items").get(0);
    for (String field :
        List.of(
            "name",
            "path",
            "weight",
            "target",
            "actual",
            "score",
            "statedScore",
            "status",
            "explanation")) {
      assertThat(budget.has(field)).as(field).isTrue();
    }
    assertThat(budget.get("name").asString()).isEqualTo("预算执行率");
    assertThat(budget.get("score").decimalValue()).isEqualByComparingTo("8.79");
    assertThat(budget.get("explanation").asString()).contains("4624.56", "5260.65");
    assertThat(files.get(1).get("sheets")).hasSize(8);
  }

  @Test
  void aDifferingStatedScoreIsShownBesideTheComputedOne() {
    JsonNode dept = run("score", "--json", SEED_004).json().get(0).get("sheets").get(0);

    JsonNode titles =
        dept.get("items")
            .valueStream()
            .filter(i -> i.get("name").asString().equals("职称评定通过率"))
            .findFirst()
            .orElseThrow();
    assertThat(titles.get("status").asString()).isEqualTo("DIFFERS_FROM_STATED");
    assertThat(titles.get("score").decimalValue()).isEqualByComparingTo("0.36");
    assertThat(titles.get("statedScore").decimalValue()).isEqualByComparingTo("2");
    assertThat(dept.get("total").decimalValue()).isEqualByComparingTo("95.36");
    assertThat(dept.get("statedTotal").decimalValue()).isEqualByComparingTo("97");
  }

  @Test
  void theReadableSummaryIsInChinese() {
    Run r = run("score", SEED_000);

    assertThat(r.out()).contains("益阳市人力资源和社会保障局", "总分：计算 98.79，报告 98.79 ✓ 一致", "等级：计算 优");
  }

  @Test
  void anUnreadableFileExitsWithTwoAndSaysWhyOnStderr(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "schemaVersion: 1\nyear: 2024\nsource: {kind: SELF_EVALUATION}\nunit: {name: 某局, 名称: x}\n");

    Run r = run("score", "--json", SEED_000, bad.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml", "未知字段“名称”");
    assertThat(r.json()).hasSize(1);
  }

  @Test
  void aMissingFileExitsWithTwo() {
    Run r = run("score", "no-such-file.yaml");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-file.yaml");
  }

  @Test
  void parseJsonGivesKindComparisonValueAndBaseQuantity() {
    JsonNode views = run("parse", "--json", "≥3.4万人", "90%以上", "按时发放", "12..5%").json();

    JsonNode people = views.get(0);
    assertThat(people.get("kind").asString()).isEqualTo("BOUND");
    assertThat(people.get("comparison").asString()).isEqualTo("≥");
    assertThat(people.get("value").decimalValue()).isEqualByComparingTo("3.4");
    assertThat(people.get("unit").asString()).isEqualTo("万人");
    assertThat(people.get("baseValue").decimalValue()).isEqualByComparingTo("34000");
    assertThat(people.get("baseUnit").asString()).isEqualTo("人");
    assertThat(views.get(1).get("baseValue").decimalValue()).isEqualByComparingTo("0.9");
    assertThat(views.get(2).get("kind").asString()).isEqualTo("QUALITATIVE");
    assertThat(views.get(3).get("kind").asString()).isEqualTo("UNPARSED");
    assertThat(views.get(3).get("reason").asString()).isNotBlank();
  }

  @Test
  void validateAcceptsEveryExample() throws IOException {
    try (var files = Files.list(Path.of("examples"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("validate"),
                  files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString))
              .toArray(String[]::new);
      Run r = run(args);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out().lines()).hasSize(5).allMatch(l -> l.contains("格式正确"));
    }
  }

  @Test
  void frameworksListsTheFiveBuiltIns() {
    Run r = run("frameworks");

    assertThat(r.out())
        .contains(
            "dept-self-10",
            "project-self-10",
            "dept-53-heshan",
            "dept-third-party-yanfeng",
            "dept-hunan-deduction");
  }
}
