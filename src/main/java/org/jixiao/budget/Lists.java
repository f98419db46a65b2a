package org.jixiao.budget;

import java.util.List;

/** Null-tolerant immutable copies: an absent list in a file means an empty one. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
