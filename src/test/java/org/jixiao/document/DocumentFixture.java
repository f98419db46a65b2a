package org.jixiao.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.audit.AuditContext;
import org.jixiao.audit.Auditor;
import org.jixiao.audit.Tolerance;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.evaluation.DocumentFormat;
import org.jixiao.evaluation.DocumentKind;
import org.jixiao.framework.Frameworks;
import org.jixiao.importing.FrameworkFileReader;
import org.jixiao.importing.YearFileReader;
import org.jixiao.scoring.YearScorer;

/** Years scored and audited as the use case does, documents written to memory and read back. */
final class DocumentFixture {
  static final List<String> EXAMPLES =
      List.of(
          "examples/000_d7c6b592d197c283.yaml",
          "examples/001_fe78408465235910.yaml",
          "examples/002_98522caf6c7ffe6d.yaml",
          "examples/003_43ef66c8b8926243.yaml",
          "examples/004_acd62aefbad223bd.yaml");

  private static Frameworks frameworks;

  private DocumentFixture() {}

  static synchronized Frameworks frameworks() {
    if (frameworks == null) {
      frameworks = new FrameworkFileReader().load(null);
    }
    return frameworks;
  }

  static DepartmentYear read(String file) {
    return new YearFileReader().read(Path.of(file));
  }

  static AuditedYear audited(DepartmentYear year) {
    var sheets = new YearScorer(frameworks()).score(year);
    var report =
        new Auditor().audit(AuditContext.of(year, sheets, frameworks(), Tolerance.DEFAULT));
    return new AuditedYear(Path.of("memory.yaml"), year, sheets, report);
  }

  static byte[] write(AuditedYear year, DocumentKind kind, DocumentFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DocumentWriter().write(kind, format, year, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XSSFWorkbook workbook(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument document(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every numeric cell of a sheet (cached values of formulas included), at two decimals. */
  static List<BigDecimal> numbers(XSSFSheet sheet) {
    List<BigDecimal> out = new ArrayList<>();
    for (Row row : sheet) {
      for (var cell : row) {
        CellType type =
            cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
          out.add(two(BigDecimal.valueOf(cell.getNumericCellValue())));
        }
      }
    }
    return out;
  }

  /** Every text cell of a sheet, whitespace removed. */
  static List<String> texts(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          out.add(squeeze(cell.getStringCellValue()));
        }
      }
    }
    return out;
  }

  /** Every cell text of a Word table, whitespace removed. */
  static List<String> cells(XWPFTable table) {
    List<String> out = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        out.add(squeeze(cell.getText()));
      }
    }
    return out;
  }

  static String text(XWPFDocument doc) {
    try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal two(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  static String squeeze(String s) {
    return s == null ? "" : s.replaceAll("[\\s　]+", "");
  }
}
