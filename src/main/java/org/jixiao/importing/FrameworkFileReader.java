package org.jixiao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.framework.Framework;
import org.jixiao.framework.FrameworkBuilder;
import org.jixiao.framework.FrameworkSpec;
import org.jixiao.framework.Frameworks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * 读取指标体系文件 — loads indicator frameworks from YAML: the built-in ones shipped under {@code
 * frameworks/} on the classpath and any in a user's directory. A file that is not a valid framework
 * stops the load with every problem listed, naming the file.
 */
public final class FrameworkFileReader {

  private static final String BUILT_IN_DIR = "frameworks/";

  private final ObjectMapper yaml =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** The built-in frameworks, plus those in {@code userDir} when given (a user's id wins). */
  public Frameworks load(Path userDir) {
    List<Framework> all = new ArrayList<>(builtIn());
    if (userDir != null) {
      try (Stream<Path> files = Files.list(userDir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          Framework framework = read(f);
          all.removeIf(x -> x.id().equals(framework.id()));
          all.add(framework);
        }
      } catch (IOException e) {
        throw new YearFileException(userDir + "：无法读取指标体系目录（" + e.getMessage() + "）", e);
      }
    }
    return new Frameworks(all);
  }

  public List<Framework> builtIn() {
    List<Framework> frameworks = new ArrayList<>();
    for (String name : builtInNames()) {
      try (InputStream in = resource(name)) {
        frameworks.add(parse(in, "内置指标体系 " + name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return frameworks;
  }

  static List<String> builtInNames() {
    try (InputStream in = resource("index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Framework read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new YearFileException(file + "：无法读取文件（" + e.getMessage() + "）", e);
    }
  }

  private Framework parse(InputStream in, String origin) {
    FrameworkSpec spec;
    try {
      spec = yaml.readValue(in, FrameworkSpec.class);
    } catch (JacksonException e) {
      throw new YearFileException(origin + "：" + YearFileReader.describe(e), e);
    }
    FrameworkBuilder.Result result = FrameworkBuilder.build(spec);
    if (!result.ok()) {
      throw new YearFileException(origin + "：指标体系无效\n  " + String.join("\n  ", result.problems()));
    }
    return result.framework();
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in =
        FrameworkFileReader.class.getClassLoader().getResourceAsStream(BUILT_IN_DIR + name);
    if (in == null) {
      throw new IOException("找不到内置资源 " + BUILT_IN_DIR + name);
    }
    return in;
  }
}
