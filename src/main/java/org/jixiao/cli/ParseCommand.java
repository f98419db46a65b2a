package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.quantity.ParsedView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 解析指标值 — shows how each target or actual string is read. */
@Command(name = "parse", description = "显示指标值（目标值、实际值）如何被识别。")
class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CliContext context;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEXT",
      description = "指标值文本，如 ≥90%% 或 3.93万人；以 - 开头的值请放在 -- 之后")
  List<String> texts;

  @Option(names = "--json", description = "输出 JSON")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ParsedView> views = context.evaluations().parse(texts);
    if (json) {
      out.println(Json.write(views.stream().map(ParseCommand::toMap).toList()));
      return 0;
    }
    for (ParsedView v : views) {
      out.println("“" + v.text() + "” → " + describe(v));
    }
    return 0;
  }

  static Map<String, Object> toMap(ParsedView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", v.text());
    m.put("kind", v.kind().name());
    m.put("comparison", v.comparison());
    m.put("value", v.value());
    m.put("unit", v.unit());
    m.put("baseValue", v.baseValue());
    m.put("baseUnit", v.baseUnit());
    m.put("reason", v.reason());
    return m;
  }

  private static String describe(ParsedView v) {
    return switch (v.kind()) {
      case BOUND ->
          "数值界限 "
              + (v.comparison() == null ? "" : v.comparison() + " ")
              + v.value().toPlainString()
              + nz(v.unit())
              + "（基本单位："
              + v.baseValue().toPlainString()
              + nz(v.baseUnit())
              + "）";
      case RANGE -> "区间，下限 " + v.value().toPlainString() + nz(v.unit());
      case QUALITATIVE -> "定性表述";
      case UNPARSED -> "无法识别：" + v.reason();
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
