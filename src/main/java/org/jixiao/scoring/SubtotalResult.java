package org.jixiao.scoring;

import java.math.BigDecimal;

/**
 * 分项小计 — a level-1 or level-2 heading: its points, the sum of its items' scores, and what the
 * report printed.
 */
public record SubtotalResult(
    int level,
    String name,
    BigDecimal weight,
    BigDecimal itemWeights,
    Score score,
    BigDecimal statedWeight,
    BigDecimal statedScore) {}
