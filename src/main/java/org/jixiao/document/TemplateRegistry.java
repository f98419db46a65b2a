package org.jixiao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.evaluation.UnreadableInputException;

/**
 * 模板登记 — picks the Word template for a form, a region and a year. A template is a file named {@code
 * <form>[@<region>][@<year>].docx}, e.g. {@code self-evaluation.docx} (the default), {@code
 * self-evaluation@湖南省.docx}, {@code self-evaluation@益阳市@2024.docx}. The most specific one that fits
 * wins: region and year, then region, then year, then the form's default; a region key fits when
 * the unit's region contains it (the longest such key first). Files in the user's directory take
 * precedence over the built-in ones of the same name.
 */
public final class TemplateRegistry {
  public static final String SELF_EVALUATION = "self-evaluation";
  private static final String BUILT_IN = "templates/";

  /** A template found: its file name, where it came from, and its bytes. */
  public record Template(String name, String origin, byte[] content) {}

  private record Entry(String form, String region, Integer year, String name, Path file) {}

  private final List<Entry> entries;

  private TemplateRegistry(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static TemplateRegistry builtIn() {
    List<Entry> entries = new ArrayList<>();
    for (String name : builtInNames()) {
      parse(name, null).ifPresent(entries::add);
    }
    return new TemplateRegistry(entries);
  }

  /**
   * The built-in templates with a user's directory laid over them.
   *
   * @throws UnreadableInputException when the directory cannot be read
   */
  public TemplateRegistry withDirectory(Path dir) {
    if (dir == null) {
      return this;
    }
    if (!Files.isDirectory(dir)) {
      throw new UnreadableInputException("模板目录“" + dir + "”不存在或不是目录");
    }
    Map<String, Entry> byName = new LinkedHashMap<>();
    entries.forEach(e -> byName.put(e.name(), e));
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".docx"))
          .sorted()
          .forEach(
              f -> parse(f.getFileName().toString(), f).ifPresent(e -> byName.put(e.name(), e)));
    } catch (IOException e) {
      throw new UnreadableInputException("无法读取模板目录“" + dir + "”：" + e.getMessage(), e);
    }
    return new TemplateRegistry(new ArrayList<>(byName.values()));
  }

  /** The template for a form; every built-in form has a default, so this finds one for them. */
  public Template find(String form, String region, int year) {
    Entry e =
        entries.stream()
            .filter(x -> x.form().equals(form))
            .filter(x -> x.year() == null || x.year() == year)
            .filter(x -> x.region() == null || region != null && region.contains(x.region()))
            .max(Comparator.comparingInt(TemplateRegistry::specificity))
            .orElseThrow(() -> new IllegalStateException("没有“" + form + "”的模板"));
    return new Template(e.name(), e.file() == null ? "内置" : e.file().toString(), read(e));
  }

  /** Region and year beat region alone, which beats year alone; a longer region key is closer. */
  private static int specificity(Entry e) {
    int s = 0;
    if (e.region() != null) {
      s += 1000 + e.region().length() * 2;
    }
    if (e.year() != null) {
      s += 500;
    }
    return s;
  }

  static Optional<Entry> parse(String fileName, Path file) {
    if (!fileName.endsWith(".docx")) {
      return Optional.empty();
    }
    String[] parts = fileName.substring(0, fileName.length() - 5).split("@");
    String region = null;
    Integer year = null;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].matches("\\d{4}")) {
        year = Integer.valueOf(parts[i]);
      } else if (!parts[i].isBlank()) {
        region = parts[i];
      }
    }
    return Optional.of(new Entry(parts[0], region, year, fileName, file));
  }

  private static byte[] read(Entry e) {
    try {
      if (e.file() != null) {
        return Files.readAllBytes(e.file());
      }
      try (InputStream in = resource(e.name())) {
        return in.readAllBytes();
      }
    } catch (IOException x) {
      throw new UnreadableInputException("无法读取模板“" + e.name() + "”：" + x.getMessage(), x);
    }
  }

  private static List<String> builtInNames() {
    try (InputStream in = resource("index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TemplateRegistry.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
    if (in == null) {
      throw new IOException("缺少内置模板 " + BUILT_IN + name);
    }
    return in;
  }
}
