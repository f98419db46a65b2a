package org.jixiao.budget;

import java.util.List;
import java.util.Optional;

/**
 * 数字表 — one table of money (or counts) from the report: its kind, title and lines.
 *
 * <p>A line with {@code items} is a subtotal: its own amounts are what the report printed (a
 * claim); the engine recomputes them from the items. Per-unit tables (seed 001) carry one line per
 * unit with {@code unit} set and the consolidated row marked {@code consolidated: true}.
 *
 * @param id stable id within the file, e.g. {@code basic-data.three-public}
 * @param location where the table stands in the source (chapter, page or attachment)
 */
public record FigureTable(
    String id,
    TableKind kind,
    String title,
    String location,
    String amountUnit,
    List<FigureLine> lines,
    String note) {

  public FigureTable {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("表缺少 id");
    }
    if (kind == null) {
      throw new IllegalArgumentException("表“" + id + "”缺少 kind（表的种类）");
    }
    lines = Lists.copy(lines);
  }

  /** The first top-level line with this name, ignoring spaces and leading numbering. */
  public Optional<FigureLine> line(String name) {
    return lines.stream().filter(l -> l.isNamed(name)).findFirst();
  }

  /** Every line at any depth, parents before their items. */
  public List<FigureLine> allLines() {
    return lines.stream().flatMap(FigureLine::flatten).toList();
  }
}
