package org.jixiao.budget;

/**
 * 签署意见 — an opinion with its signer and date (评价组组长, 部门负责人, 财政部门归口科室, 单位负责人, 填表人), left blank where
 * the report leaves it blank.
 */
public record SignOff(String role, String opinion, String signer, String date) {}
