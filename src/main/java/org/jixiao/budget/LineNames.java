package org.jixiao.budget;

import java.util.regex.Pattern;

/** Normalises line and indicator names the way reports vary them, so lookups do not guess. */
public final class LineNames {
  private static final Pattern NUMBERING =
      Pattern.compile("^(其中[:：]?|[（(]?[0-9一二三四五六七八九十]+[)）、.．]\\s*)");
  private static final Pattern NOISE = Pattern.compile("[\\s　:：\"“”「」]");

  private LineNames() {}

  public static String normalize(String name) {
    String s = NOISE.matcher(name).replaceAll("");
    String previous;
    do {
      previous = s;
      s = NUMBERING.matcher(s).replaceFirst("");
    } while (!s.equals(previous));
    return s.replace('（', '(').replace('）', ')');
  }
}
