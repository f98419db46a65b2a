package org.jixiao.audit;

/**
 * 句读 — the marks that bound a figure's words in a Chinese sentence: clause marks (，；：), and
 * brackets, which either belong to a name ({@code 因公出国（境）费用}, no digits inside) or hold a list of
 * figures ({@code 业务工作经费107.96万元（劳动合同工本费5万元、…）}).
 */
final class NarrativeClauses {
  private static final String CLAUSE_MARKS = "，,；;：:";
  private static final String AFTER_MARKS = "，,、；;：:";

  private NarrativeClauses() {}

  /** A figure followed by {@code 、} and another number is one of a parallel list. */
  static boolean isEnumerated(String s, int end) {
    int i = end;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '、') {
      return false;
    }
    i++;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && Character.isDigit(s.charAt(i));
  }

  /** The words before a figure, back to the previous figure or a clause mark. */
  static String labelBefore(String s, int limit, int start) {
    int i = start - 1;
    while (i >= limit) {
      char c = s.charAt(i);
      if (c == '）' || c == ')') {
        int open = matchingOpen(s, i, limit);
        if (open < 0 || hasDigit(s.substring(open + 1, i)) || open + 1 == i) {
          break;
        }
        i = open - 1;
        continue;
      }
      if (c == '（' || c == '(') {
        // 与2019年收入（1885.26万元）：the figure in brackets belongs to the words before them
        if (i == start - 1 || s.substring(i + 1, start).isBlank()) {
          return labelBefore(s, limit, i);
        }
        break;
      }
      if (CLAUSE_MARKS.indexOf(c) >= 0) {
        break;
      }
      i--;
    }
    return s.substring(i + 1, start).strip();
  }

  /** The words after a figure, up to the next clause mark or number. */
  static String labelAfter(String s, int end) {
    int i = end;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (AFTER_MARKS.indexOf(c) >= 0 || Character.isDigit(c) || "（()）。".indexOf(c) >= 0) {
        break;
      }
      i++;
    }
    return s.substring(end, i).strip().replaceFirst("^的", "");
  }

  private static int matchingOpen(String s, int close, int limit) {
    int depth = 0;
    for (int i = close; i >= limit; i--) {
      char c = s.charAt(i);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  static boolean opensBracket(String gap) {
    return depth(gap) > 0;
  }

  static boolean closesBracket(String gap) {
    return depth(gap) < 0;
  }

  private static int depth(String gap) {
    int depth = 0;
    for (char c : gap.toCharArray()) {
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')')) {
        depth--;
      }
    }
    return depth;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  /** Full-width digits, point and percent sign, one for one so that offsets stay put. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '．') {
        out.append('.');
      } else if (c == '％') {
        out.append('%');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
