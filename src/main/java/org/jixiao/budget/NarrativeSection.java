package org.jixiao.budget;

/**
 * 报告正文的一节 — a section of the narrative: its heading as numbered in the report, its level (1 for 一、,
 * 2 for （一）, 3 for 1.) and its text.
 */
public record NarrativeSection(String heading, int level, String text) {}
