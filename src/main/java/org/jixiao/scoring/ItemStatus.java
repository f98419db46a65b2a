package org.jixiao.scoring;

/** 评分状态 — how the engine's score relates to the report's. */
public enum ItemStatus {
  /** 计算得分与报告一致 */
  MATCHES_STATED,
  /** 计算得分与报告不一致：两者都列出 */
  DIFFERS_FROM_STATED,
  /** 已计算，报告未列得分 */
  COMPUTED,
  /** 人工评分（定性、评价要点）：采用报告得分，且在允许范围内 */
  ACCEPTED_STATED,
  /** 人工评分超出允许范围（超过分值或不在定性档次内） */
  STATED_OUT_OF_RANGE,
  /** 无法评分：缺少数据或需人工判断，原因见说明 */
  NOT_SCORED,
  /** 按体系规定不计分（分母为零剔除并折算，或“不适用”行） */
  EXCLUDED
}
