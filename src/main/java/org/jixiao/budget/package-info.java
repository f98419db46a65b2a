/**
 * 部门年度数据：单位、人员、收入、支出、三公经费、项目、绩效指标和填报数。
 *
 * <p>A department's year: units, staff, income, expenditure, 三公经费, projects, indicators, figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"quantity"})
package org.jixiao.budget;
