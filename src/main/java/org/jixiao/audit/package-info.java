/**
 * 审核：有稳定编码和中文提示的具名检查，以及检查发现的问题。
 *
 * <p>Audit: named checks with stable codes and Chinese messages, and the findings they report.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"scoring", "framework", "budget", "quantity"})
package org.jixiao.audit;
