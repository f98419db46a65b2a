package org.jixiao.importing;

/** 年度数据文件无法读取 — a data file that cannot be read; the message is for the user. */
public class YearFileException extends RuntimeException {
  public YearFileException(String message) {
    super(message);
  }

  public YearFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
