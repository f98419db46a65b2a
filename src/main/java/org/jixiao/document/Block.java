package org.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 段落 — one paragraph of a chapter: a level-2 or level-3 heading, or body text. */
record Block(Kind kind, String text) {
  enum Kind {
    H2,
    H3,
    P
  }

  static Block h2(String text) {
    return new Block(Kind.H2, text);
  }

  static Block h3(String text) {
    return new Block(Kind.H3, text);
  }

  static Block p(String text) {
    return new Block(Kind.P, text);
  }

  /** Body text split into paragraphs at line breaks, blank lines dropped, words untouched. */
  static List<Block> paragraphs(String text) {
    List<Block> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        out.add(p(line.strip()));
      }
    }
    return out;
  }

  /** The shape the template's {@code {{?blocks}}} section reads: {h2|h3|p: {text}}. */
  Map<String, Object> model() {
    return Map.of(kind.name().toLowerCase(java.util.Locale.ROOT), Map.of("text", text));
  }
}
