package org.employmentmonitor.base;

/**
 * An error the operator can act on: it carries the exit code and a one-line message that names the
 * file (or option) and what to do. Main prints the message, not a stack trace.
 */
public class MonitorException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  public MonitorException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public MonitorException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** Bad command line or configuration: exit 2. */
  public static MonitorException usage(String message) {
    return new MonitorException(ExitCode.USAGE_OR_CONFIG, message);
  }

  /** Missing mandatory extract, missing required column, unreadable file: exit 3. */
  public static MonitorException input(String message) {
    return new MonitorException(ExitCode.INPUT_ERROR, message);
  }

  public static MonitorException input(String message, Throwable cause) {
    return new MonitorException(ExitCode.INPUT_ERROR, message, cause);
  }
}
