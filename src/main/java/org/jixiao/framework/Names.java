package org.jixiao.framework;

import java.util.regex.Pattern;

/** Indicator names as reports vary them: spaces, quotes, codes like A11, points like （5分）. */
public final class Names {
  private static final Pattern NOISE = Pattern.compile("[\\s　\"“”「」‘’'：:]");
  private static final Pattern POINTS = Pattern.compile("[（(]\\s*[0-9.]+\\s*分\\s*[)）]");
  private static final Pattern CODE = Pattern.compile("^[A-Z][0-9]{1,3}");

  private Names() {}

  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String s = NOISE.matcher(name).replaceAll("");
    s = POINTS.matcher(s).replaceAll("");
    s = CODE.matcher(s).replaceFirst("");
    return s;
  }
}
