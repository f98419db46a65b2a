package org.jixiao.evaluation;

/** 输入无法读取 — an input that cannot be read; the message is for the user, in Chinese. */
public class UnreadableInputException extends RuntimeException {
  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
