/**
 * 指标体系：以数据表示的三级指标树、权重、公式、评分规则和等级表。
 *
 * <p>Indicator frameworks as data: 3-level indicator trees, weights, formulas, rules, grade tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"quantity"})
package org.jixiao.framework;
