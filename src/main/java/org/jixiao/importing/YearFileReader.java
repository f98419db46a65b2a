package org.jixiao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.evaluation.YearSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * 读取 YAML / JSON 年度数据文件 — reads one department's year from YAML or JSON, strictly: an unknown field
 * is an error, and every error names the file and the field path in Chinese.
 */
public final class YearFileReader implements YearSource {

  private final ObjectMapper yaml = configure(YAMLMapper.builder()).build();
  private final ObjectMapper json = configure(JsonMapper.builder()).build();

  private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>>
      B configure(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // "3" is not 3 and 301 is not "301": the reader accepts exactly what the JSON Schema does.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // YAML reads an unquoted 010 as 8: a code must be quoted, so a number in a text field
        // fails.
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** Reads a file; the format follows its extension (.yaml, .yml or .json). */
  @Override
  public DepartmentYear read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = yaml;
    } else if (name.endsWith(".json")) {
      mapper = json;
    } else {
      throw new YearFileException(file + "：不支持的文件类型，年度数据文件应为 .yaml、.yml 或 .json");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return mapper.readValue(in, DepartmentYear.class);
    } catch (IOException e) {
      throw new YearFileException(file + "：无法读取文件（" + e.getMessage() + "）", e);
    } catch (JacksonException e) {
      throw new YearFileException(file + "：" + describe(e), e);
    }
  }

  /** Turns a Jackson error into a Chinese sentence naming the field path. */
  static String describe(JacksonException e) {
    String path = e instanceof DatabindException d ? pathOf(d) : "";
    String where = path.isEmpty() ? "" : "字段 " + path + "：";
    String line =
        e.getLocation() != null && e.getLocation().getLineNr() > 0
            ? "（第 " + e.getLocation().getLineNr() + " 行）"
            : "";
    if (e instanceof UnrecognizedPropertyException u) {
      return where + "未知字段“" + u.getPropertyName() + "”，允许的字段有 " + u.getKnownPropertyIds() + line;
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return where + v.getCause().getMessage() + line;
    }
    if (e instanceof InvalidFormatException f) {
      return where + "值“" + f.getValue() + "”不是" + typeName(f.getTargetType()) + line;
    }
    if (e instanceof MismatchedInputException m) {
      return where + "类型不符，应为" + typeName(m.getTargetType()) + line;
    }
    return where + "格式错误：" + e.getOriginalMessage() + line;
  }

  private static String pathOf(DatabindException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "合法的值";
    }
    if (type == java.math.BigDecimal.class) {
      return "数字";
    }
    if (type == Integer.class || type == int.class) {
      return "整数";
    }
    if (type == String.class) {
      return "文本（数字形式的编码请加引号，如 \"2080101\"）";
    }
    if (type.isEnum()) {
      return "以下之一：" + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "列表";
    }
    return "对象（" + type.getSimpleName() + "）";
  }
}
