package org.jixiao.importing;

import org.jixiao.evaluation.UnreadableInputException;

/** 年度数据文件无法读取 — a data file that cannot be read; the message is for the user. */
public class YearFileException extends UnreadableInputException {
  public YearFileException(String message) {
    super(message);
  }

  public YearFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
