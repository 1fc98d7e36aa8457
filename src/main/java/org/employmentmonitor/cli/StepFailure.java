package org.employmentmonitor.cli;

/**
 * Any throwable of a run, with the step it happened in and the output folder, so that {@link
 * MonthlyRun#report} can name them in its one ERROR line.
 */
final class StepFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String step;
  private final String output;

  StepFailure(String step, String output, Throwable cause) {
    super("step " + step + " failed", cause);
    this.step = step;
    this.output = output;
  }

  String step() {
    return step;
  }

  String output() {
    return output;
  }
}
