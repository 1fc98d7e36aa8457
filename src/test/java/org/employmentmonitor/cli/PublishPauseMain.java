package org.employmentmonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The batch in a child JVM that stops dead in the middle of its publish: after the step named by
 * {@code args[0]} it writes the marker file {@code args[1]} and waits to be killed (the parent test
 * sends kill -9). The remaining arguments are the CLI's.
 */
public final class PublishPauseMain {
  private PublishPauseMain() {}

  public static void main(String[] args) throws Exception {
    String pauseAfter = args[0];
    Path marker = Path.of(args[1]);
    MonthlyRun.afterPublishStep =
        step -> {
          if (step.equals(pauseAfter)) {
            try {
              Files.writeString(marker, step);
              Thread.sleep(Long.MAX_VALUE);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
    String[] cli = java.util.Arrays.copyOfRange(args, 2, args.length);
    System.exit(Main.run(cli, System.getenv()).code());
  }
}
