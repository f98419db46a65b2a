package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.budget.DepartmentYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * 格式说明与 record 一致 — the hand-written JSON Schema (schema/department-year.schema.json) accepts every
 * example, rejects what the reader rejects, and names exactly the fields of the records, so a field
 * added to one and not the other fails the build.
 */
class DepartmentYearSchemaTest {

  private static final Path SCHEMA_FILE = Path.of("schema", "department-year.schema.json");
  private static final Path EXAMPLES = Path.of("examples");

  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final JsonNode SCHEMA_NODE = JsonMapper.builder().build().readTree(SCHEMA_FILE);
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

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
      """;

  @TempDir Path dir;

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theExamplesAreThere() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleFollowsTheSchema(Path example) {
    List<Error> errors = SCHEMA.validate(YAML.readTree(example));

    assertThat(errors).extracting(Error::toString).as(example.toString()).isEmpty();
  }

  @Test
  void theMinimalFileFollowsTheSchemaAndIsRead() throws IOException {
    assertThat(SCHEMA.validate(YAML.readTree(MINIMAL))).isEmpty();
    assertThat(new YearFileReader().read(write(MINIMAL)).year()).isEqualTo(2024);
  }

  @Test
  void theExampleInTheFormatDocumentIsValid() throws IOException {
    String doc = Files.readString(Path.of("docs", "format.md"));
    int section = doc.indexOf("## 最小完整示例");
    int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    assertThat(SCHEMA.validate(YAML.readTree(example))).extracting(Error::toString).isEmpty();
    assertThat(new YearFileReader().read(write(example)).sheets()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # what is wrong     | replace             | with                | JSON pointer          | reader's path
          unknown field       | fullYearBudget: 58  | budget: 58          | /tables/0/lines/0     | tables[0].lines[0]
          a word for a number | actual: 39.76       | actual: 三十九       | /tables/0/lines/0/actual | tables[0].lines[0].actual
          unknown table kind  | kind: THREE_PUBLIC  | kind: 三公经费        | /tables/0/kind        | tables[0].kind
          a number for a year | year: 2024          | year: 2024.5        | /year                 | year
          """)
  void aBrokenFileIsRejectedByTheSchemaAndTheReaderNamingThePath(
      String what, String replace, String with, String pointer, String readerPath)
      throws IOException {
    String broken = MINIMAL.replace(replace, with);
    assertThat(broken).as("fixture").isNotEqualTo(MINIMAL);

    List<Error> errors = SCHEMA.validate(YAML.readTree(broken));

    assertThat(errors).as(what).isNotEmpty();
    assertThat(errors)
        .extracting(Error::toString)
        .as(what)
        .anySatisfy(m -> assertThat(m).contains(pointer));
    assertThatThrownBy(() -> new YearFileReader().read(write(broken)))
        .as(what)
        .isInstanceOf(YearFileException.class)
        .hasMessageContaining("字段 " + readerPath);
  }

  @Test
  void theUnknownFieldIsNamedInTheSchemaError() {
    List<Error> errors =
        SCHEMA.validate(YAML.readTree(MINIMAL.replace("fullYearBudget: 58", "budget: 58")));

    assertThat(errors)
        .extracting(Error::toString)
        .anySatisfy(m -> assertThat(m).contains("/tables/0/lines/0").contains("budget"));
  }

  @Test
  void whatTheRecordsRequireTheSchemaRequires() {
    assertThat(SCHEMA.validate(YAML.readTree("schemaVersion: 1\nyear: 2024\nunit: {name: 某局}\n")))
        .extracting(Error::toString)
        .anySatisfy(m -> assertThat(m).contains("source"));
    assertThat(SCHEMA.validate(YAML.readTree(MINIMAL.replace("name: 某市人力资源和社会保障局", "name: ' '"))))
        .extracting(Error::toString)
        .anySatisfy(m -> assertThat(m).contains("/unit/name"));
    assertThat(SCHEMA.validate(YAML.readTree(MINIMAL.replace("- name: 三公经费", "- note: 无名"))))
        .extracting(Error::toString)
        .anySatisfy(m -> assertThat(m).contains("/tables/0/lines/0"));
    assertThat(SCHEMA.validate(YAML.readTree(MINIMAL.replace("amountUnit: 万元", "amountUnit: 千元"))))
        .extracting(Error::toString)
        .anySatisfy(m -> assertThat(m).contains("/source/amountUnit"));
  }

  @Test
  void everyRecordHasExactlyTheFieldsOfItsSchemaObject() {
    List<String> problems = new ArrayList<>();

    compareRecord(DepartmentYear.class, SCHEMA_NODE, "DepartmentYear", new HashSet<>(), problems);

    assertThat(problems).isEmpty();
  }

  @Test
  void everyPropertyIsDescribedInChinese() {
    List<String> undescribed = new ArrayList<>();

    describedProperties(SCHEMA_NODE, "#", undescribed);

    assertThat(undescribed).isEmpty();
  }

  // --- the record ↔ schema walk -------------------------------------------------------------

  private static void compareRecord(
      Class<?> type, JsonNode object, String where, Set<Class<?>> seen, List<String> problems) {
    if (!seen.add(type)) {
      return; // FigureLine.items, StaffCategory.items: recursive, compared once
    }
    if (!object.path("additionalProperties").isBoolean()
        || object.path("additionalProperties").booleanValue()) {
      problems.add(where + "：schema 对象缺少 additionalProperties: false");
    }
    RecordComponent[] components = type.getRecordComponents();
    List<String> fields = Arrays.stream(components).map(RecordComponent::getName).toList();
    Collection<String> properties = object.path("properties").propertyNames();
    List<String> notInSchema = fields.stream().filter(f -> !properties.contains(f)).toList();
    List<String> notInRecord = properties.stream().filter(p -> !fields.contains(p)).toList();
    if (!notInSchema.isEmpty() || !notInRecord.isEmpty()) {
      problems.add(
          where
              + "（"
              + type.getSimpleName()
              + "）：schema 缺少 "
              + notInSchema
              + "，schema 多出 "
              + notInRecord);
    }
    Set<String> required = new HashSet<>();
    object.path("required").values().forEach(n -> required.add(n.asString()));
    for (RecordComponent c : components) {
      JsonNode property = object.path("properties").get(c.getName());
      if (property == null) {
        continue;
      }
      String at = where + "." + c.getName();
      if (c.getType().isPrimitive() && !required.contains(c.getName())) {
        // the reader fails on a missing primitive, so the schema must require it
        problems.add(at + "：基本类型字段（" + c.getType() + "）应在 required 中");
      }
      compareType(c.getGenericType(), property, at, seen, problems);
    }
  }

  private static void compareType(
      Type type, JsonNode schema, String where, Set<Class<?>> seen, List<String> problems) {
    JsonNode s = resolve(schema);
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        expectType(s, "array", where, problems);
        compareType(args[0], s.path("items"), where + "[]", seen, problems);
      } else if (raw == Map.class && args[0] == String.class) {
        expectType(s, "object", where, problems);
        compareType(args[1], s.path("additionalProperties"), where + "{}", seen, problems);
      } else {
        problems.add(where + "：测试不认识的类型 " + type);
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      expectType(s, "object", where, problems);
      compareRecord(c, s, where, seen, problems);
    } else if (c.isEnum()) {
      expectType(s, "string", where, problems);
      List<String> constants = Arrays.stream(c.getEnumConstants()).map(Object::toString).toList();
      List<String> values =
          StreamSupport.stream(s.path("enum").spliterator(), false)
              .map(JsonNode::asString)
              .toList();
      if (!constants.equals(values)) {
        problems.add(
            where
                + "：枚举 "
                + c.getSimpleName()
                + " 在 schema 中缺少 "
                + constants.stream().filter(v -> !values.contains(v)).toList()
                + "，多出 "
                + values.stream().filter(v -> !constants.contains(v)).toList()
                + "（或顺序不同）");
      }
    } else if (c == String.class) {
      expectType(s, "string", where, problems);
    } else if (c == BigDecimal.class) {
      expectType(s, "number", where, problems);
    } else if (c == Integer.class || c == int.class) {
      expectType(s, "integer", where, problems);
    } else if (c == Boolean.class || c == boolean.class) {
      expectType(s, "boolean", where, problems);
    } else {
      problems.add(where + "：测试不认识的类型 " + c.getName() + "，请在此补上它与 JSON 类型的对应");
    }
  }

  private static void expectType(
      JsonNode schema, String type, String where, List<String> problems) {
    String actual = schema.path("type").stringValue("（无 type）");
    if (!type.equals(actual)) {
      problems.add(where + "：schema 类型为 " + actual + "，record 要求 " + type);
    }
  }

  /** Follows local {@code $ref}s ({@code #/$defs/FigureLine}) to the definition. */
  private static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      String ref = s.get("$ref").asString();
      assertThat(ref).as("只用本文件内的 $ref").startsWith("#/");
      s = SCHEMA_NODE.at(ref.substring(1));
      assertThat(s.isMissingNode()).as("$ref " + ref + " 指向不存在的定义").isFalse();
    }
    return s;
  }

  private static void describedProperties(JsonNode node, String where, List<String> undescribed) {
    if (node.isObject()) {
      JsonNode properties = node.path("properties");
      if (properties.isObject() && !where.matches(".*/anyOf/\\d+")) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          String description = p.getValue().path("description").stringValue("");
          if (!description.codePoints().anyMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF)) {
            undescribed.add(where + "/properties/" + p.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        describedProperties(e.getValue(), where + "/" + e.getKey(), undescribed);
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node) {
        describedProperties(item, where + "/" + i++, undescribed);
      }
    }
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("year.yaml");
    Files.writeString(file, text);
    return file;
  }
}
