package org.jixiao.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.budget.NarrativeSection;

/**
 * 正文归章 — places each section the unit wrote in a chapter by its heading words: a top-level section
 * by its own heading (by keyword, else the most similar chapter title, else {@link Chapter#OTHER}),
 * a sub-section with its parent unless the parent was generic and its own heading names a chapter.
 * The text is kept exactly as written.
 */
final class NarrativeMap {
  private static final Pattern NUMBERING =
      Pattern.compile("^[\\s　]*([（(]?[0-9一二三四五六七八九十]+[)）、.．]\\s*)+");
  private static final double SIMILAR = 0.3;

  private final Map<Chapter, List<Block>> chapters = new EnumMap<>(Chapter.class);
  private final List<Block> intro = new ArrayList<>();

  private NarrativeMap() {}

  static NarrativeMap of(List<NarrativeSection> sections) {
    NarrativeMap map = new NarrativeMap();
    Chapter current = null;
    boolean generic = true;
    for (NarrativeSection s : sections) {
      String heading = s.heading() == null ? "" : s.heading().strip();
      if (s.level() <= 0 && current == null) {
        map.intro.addAll(Block.paragraphs(s.text()));
        continue;
      }
      if (s.level() <= 1) {
        Optional<Chapter> byWords = byWords(heading);
        current = byWords.or(() -> bySimilarity(heading)).orElse(Chapter.OTHER);
        generic = current == Chapter.BASIC || current == Chapter.OTHER;
        List<Block> blocks = map.blocks(current);
        if (byWords.isEmpty() || current == Chapter.OTHER || !sameAsTitle(heading, current)) {
          blocks.add(Block.h2(unnumbered(heading)));
        }
        if (heading.contains("（无）") || heading.contains("(无)")) {
          blocks.add(Block.p("无。"));
        }
        blocks.addAll(Block.paragraphs(s.text()));
        continue;
      }
      if (current == null || generic && s.level() == 2) {
        Optional<Chapter> own = byWords(heading).filter(c -> c != Chapter.BASIC);
        if (own.isPresent() || current == null) {
          current = own.orElse(Chapter.BASIC);
          generic = false;
        }
      }
      List<Block> blocks = map.blocks(current);
      blocks.add(s.level() == 2 ? Block.h2(heading) : Block.h3(heading));
      blocks.addAll(Block.paragraphs(s.text()));
    }
    return map;
  }

  List<Block> intro() {
    return List.copyOf(intro);
  }

  List<Block> blocks(Chapter chapter) {
    return chapters.computeIfAbsent(chapter, c -> new ArrayList<>());
  }

  static Optional<Chapter> byWords(String heading) {
    String h = bare(heading);
    for (Chapter c : Chapter.MATCH_ORDER) {
      if (c.words().stream().anyMatch(h::contains)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static Optional<Chapter> bySimilarity(String heading) {
    String h = bare(heading);
    Chapter best = null;
    double score = 0;
    for (Chapter c : Chapter.values()) {
      double s = dice(h, c.title());
      if (s > score) {
        score = s;
        best = c;
      }
    }
    return score >= SIMILAR ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Whether a top-level heading says no more than the chapter's own title. */
  static boolean sameAsTitle(String heading, Chapter chapter) {
    String h = bare(heading).replace("（无）", "").replace("(无)", "");
    return dice(h, chapter.title()) >= 0.6 && h.length() <= chapter.title().length() + 2;
  }

  static String unnumbered(String heading) {
    return NUMBERING.matcher(heading).replaceFirst("").strip();
  }

  /** The heading without its numbering, spaces and brackets' unit words. */
  static String bare(String heading) {
    return NUMBERING
        .matcher(heading)
        .replaceFirst("")
        .replaceAll("[\\s　]", "")
        .replace("（单位）", "")
        .replace("(单位)", "");
  }

  /** Dice coefficient over character bigrams. */
  static double dice(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return 2.0 * common.size() / (x.size() + y.size());
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }
}
