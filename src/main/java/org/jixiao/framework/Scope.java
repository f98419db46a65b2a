package org.jixiao.framework;

/** 适用范围 — whether a framework scores a department's whole spending or one project. */
public enum Scope {
  DEPARTMENT,
  PROJECT
}
