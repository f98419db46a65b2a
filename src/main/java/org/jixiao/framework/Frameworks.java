package org.jixiao.framework;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 指标体系目录 — the frameworks known to this installation, by id (built-in and the user's). */
public final class Frameworks {
  private final Map<String, Framework> byId = new LinkedHashMap<>();

  public Frameworks(Collection<Framework> frameworks) {
    frameworks.forEach(f -> byId.put(f.id(), f));
  }

  public Optional<Framework> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Framework> all() {
    return List.copyOf(byId.values());
  }
}
