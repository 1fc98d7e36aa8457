package org.employmentmonitor.cli;

import java.util.concurrent.ExecutionException;

/** Finds the operator-facing error inside the wrappers Spark and thread pools put around it. */
public final class Failures {
  private Failures() {}

  /**
   * The first {@link MonitorException} in the cause chain (a task's input error arrives inside a
   * SparkException), else the throwable itself as an Exception.
   */
  public static Exception unwrap(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof MonitorException m) {
        return m;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    if (t instanceof ExecutionException && t.getCause() != null) {
      return unwrap(t.getCause());
    }
    return t instanceof Exception e ? e : new RuntimeException(t);
  }
}
