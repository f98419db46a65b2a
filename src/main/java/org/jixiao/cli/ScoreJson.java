package org.jixiao.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.evaluation.ScoredYear;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.SheetResult;
import org.jixiao.scoring.SubtotalResult;

/**
 * The stable JSON contract of {@code jixiao score --json}: {file, unit, year, sheets[{kind, name,
 * framework, total, statedTotal, grade, statedGrade, items[{name, path, weight, target, actual,
 * score, statedScore, status, explanation}]}]}. Fields may be added, never renamed or removed.
 */
final class ScoreJson {
  private ScoreJson() {}

  static Map<String, Object> toMap(ScoredYear r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", r.file().toString());
    m.put("unit", r.year().unit().name());
    m.put("year", r.year().year());
    m.put("sheets", r.sheets().stream().map(ScoreJson::sheet).toList());
    return m;
  }

  private static Map<String, Object> sheet(SheetResult s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("kind", s.kind());
    m.put("name", s.name());
    m.put("framework", s.frameworkId());
    m.put("total", s.total().points());
    m.put("totalReason", s.total().reason());
    m.put("statedTotal", s.statedTotal());
    m.put("grade", s.grade());
    m.put("statedGrade", s.statedGrade());
    m.put("items", s.allItems().stream().map(ScoreJson::item).toList());
    m.put("subtotals", s.subtotals().stream().map(ScoreJson::subtotal).toList());
    m.put("notes", s.notes());
    return m;
  }

  private static Map<String, Object> item(ItemResult i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", i.name());
    m.put("code", i.code());
    m.put("path", i.path());
    m.put("weight", i.weight());
    m.put("target", i.target());
    m.put("actual", i.actual());
    m.put("score", i.score().points());
    m.put("statedScore", i.statedScore());
    m.put("status", i.status().name());
    m.put("explanation", i.explanation().text());
    m.put("reason", i.score().reason());
    m.put("notes", i.notes());
    return m;
  }

  private static Map<String, Object> subtotal(SubtotalResult s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", s.level());
    m.put("name", s.name());
    m.put("weight", s.weight());
    m.put("itemWeights", s.itemWeights());
    m.put("score", s.score().points());
    m.put("statedScore", s.statedScore());
    return m;
  }
}
