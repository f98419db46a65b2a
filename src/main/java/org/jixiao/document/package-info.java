/**
 * 文书输出：由年度数据、评分与审核结果生成 Word 报告和 Excel/Word 附表。
 *
 * <p>Documents out: the Word report and the attached tables in Excel and Word, from the year, its
 * scores and its findings.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"evaluation", "budget", "scoring", "audit", "framework", "quantity"})
package org.jixiao.document;
