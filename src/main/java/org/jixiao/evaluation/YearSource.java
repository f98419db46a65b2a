package org.jixiao.evaluation;

import java.nio.file.Path;
import org.jixiao.budget.DepartmentYear;

/** 年度数据来源 — the port through which a department's year is read (a file, later a database). */
public interface YearSource {
  /**
   * @throws UnreadableInputException when the input cannot be read; its message names the file and
   *     field in Chinese
   */
  DepartmentYear read(Path file);
}
