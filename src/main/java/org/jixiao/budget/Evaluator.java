package org.jixiao.budget;

/** 评价人员 — a member of the evaluation team. */
public record Evaluator(String name, String title, String organization, String role) {}
