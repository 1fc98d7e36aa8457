package org.employmentmonitor.job;

/**
 * One step of SPEC 3 ({@code ingest}, {@code indicators}, {@code alerts}, {@code report}). A job
 * reads what earlier steps published (or wrote earlier in the same run) and writes only into the
 * run's work folder; the CLI publishes the work folder when every requested step succeeded.
 */
public interface Job {
  /** The step's name on the command line and in the log. */
  String name();

  void run(RunContext ctx) throws Exception;
}
