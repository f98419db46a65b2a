/**
 * 导入：把 .yaml/.json（以后还有 .xlsx/.docx/.html/.pdf/.txt）读入模型。
 *
 * <p>Importing: reading .yaml/.json (later .xlsx/.docx/.html/.pdf/.txt) into the model.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"evaluation", "budget", "framework", "quantity"})
package org.jixiao.importing;
