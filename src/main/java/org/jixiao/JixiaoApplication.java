package org.jixiao;

import org.jixiao.cli.JixiaoCommand;

/** 绩效 Jixiao — entry point: the command line (the web application comes later). */
public class JixiaoApplication {
  public static void main(String[] args) {
    System.exit(JixiaoCommand.run(args));
  }
}
