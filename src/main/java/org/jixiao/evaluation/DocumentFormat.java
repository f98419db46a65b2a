package org.jixiao.evaluation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** 文件格式 — chosen by the output file's extension. */
public enum DocumentFormat {
  DOCX("docx", "Word"),
  XLSX("xlsx", "Excel"),
  PDF("pdf", "PDF");

  private final String extension;
  private final String label;

  DocumentFormat(String extension, String label) {
    this.extension = extension;
    this.label = label;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  public static Optional<DocumentFormat> ofFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
  }
}
