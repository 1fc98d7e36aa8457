package org.employmentmonitor.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.cli.MonthlyRun;
import org.employmentmonitor.cli.Options;

/** Runs the CLI's steps in the test JVM on the shared SparkSession. */
public final class TestRun {
  private TestRun() {}

  /** Runs {@code --period P --input in --output out [extra...]}; returns the exit code. */
  public static ExitCode run(Path input, Path output, String period, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--period", period, "--input", input.toString(), "--output", output.toString()));
    args.addAll(List.of(extra));
    try {
      Options.RunOptions opts = Options.parse(args.toArray(new String[0]));
      return MonthlyRun.prepare(opts, Map.of()).execute(SparkTestSupport.spark());
    } catch (Exception e) {
      return MonthlyRun.report(e);
    }
  }
}
