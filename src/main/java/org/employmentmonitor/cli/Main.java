package org.employmentmonitor.cli;

/** Entry point placeholder; replaced by the real CLI. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ExitCode.SUCCESS.code());
  }
}
