package org.jixiao.budget;

import java.util.List;

/**
 * 预算单位概况 — the unit: name, budget code, region and level, internal offices, sub-units and duties.
 */
public record AgencyProfile(
    String name,
    String budgetCode,
    String region,
    String level,
    String contact,
    String phone,
    List<String> offices,
    List<SubUnit> subUnits,
    List<String> duties) {

  public AgencyProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit.name（预算单位名称）不能为空");
    }
    offices = Lists.copy(offices);
    subUnits = Lists.copy(subUnits);
    duties = Lists.copy(duties);
  }

  /** 下属单位 — 局本级 or a 二级单位, as listed in the report. */
  public record SubUnit(String name, String kind, String note) {}
}
