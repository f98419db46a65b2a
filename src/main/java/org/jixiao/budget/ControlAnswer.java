package org.jixiao.budget;

/**
 * 内部控制问卷的一项 — one question of the internal-control questionnaire with its answer.
 *
 * @param section the questionnaire section (单位层面 / 业务层面, and its sub-heading)
 */
public record ControlAnswer(String section, String question, String answer, String note) {}
