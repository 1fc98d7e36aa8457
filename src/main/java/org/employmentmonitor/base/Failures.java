package org.employmentmonitor.base;

import java.util.Locale;
import java.util.concurrent.ExecutionException;

/**
 * Finds the operator-facing error inside the wrappers Spark and thread pools put around it, and
 * says any other failure in words (issue 18: every failure is one ERROR line naming the step, the
 * cause and what to do, never a bare stack trace).
 */
public final class Failures {
  private Failures() {}

  /**
   * The first {@link MonitorException} in the cause chain (a task's input error arrives inside a
   * SparkException), else the throwable itself as an Exception.
   */
  public static Exception unwrap(Throwable t) {
    MonitorException m = find(t, MonitorException.class);
    if (m != null) {
      return m;
    }
    if (t instanceof ExecutionException && t.getCause() != null) {
      return unwrap(t.getCause());
    }
    return t instanceof Exception e ? e : new RuntimeException(t);
  }

  /** The first throwable of type {@code type} in the cause chain (and suppressed ones), or null. */
  public static <T extends Throwable> T find(Throwable t, Class<T> type) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 50; c = c.getCause(), depth++) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** True when some message of the cause chain contains {@code text} (case-insensitive). */
  static boolean mentions(Throwable t, String text) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 50; c = c.getCause(), depth++) {
      String m = c.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
      if (c.toString().toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line for an unexpected failure in {@code step} (null when unknown): the cause in words and
   * what to do. {@code output} is the output folder (for disk-full advice).
   */
  public static String describe(Throwable t, String step, String output) {
    String where = step == null ? "" : " in step " + step;
    if (find(t, OutOfMemoryError.class) != null || mentions(t, "java.lang.outofmemoryerror")) {
      return "out of memory"
          + where
          + " (the JVM may use "
          + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB): raise the heap with EM_JAVA_OPTS=-Xmx"
          + suggestedHeapGiB()
          + "g (or more), or run on a cluster (docs/operations.md, docs/benchmarks.md)";
    }
    if (mentions(t, "no space left on device") || mentions(t, "disk quota exceeded")) {
      return "disk full"
          + where
          + ": free space where the run writes ("
          + (output == null ? "the output folder" : output)
          + " and Spark's temporary folder "
          + System.getProperty("java.io.tmpdir")
          + "), then run again; the previous outputs of the period are intact";
    }
    if (find(t, StackOverflowError.class) != null) {
      return "stack overflow"
          + where
          + ": raise the thread stack with EM_JAVA_OPTS='-Xss16m' and run again; if it persists,"
          + " report it with the log";
    }
    Throwable root = t;
    for (int i = 0; i < 50 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    String cause = root.getClass().getSimpleName();
    String message = root.getMessage();
    if (message != null && !message.isBlank()) {
      cause += ": " + oneLine(message);
    }
    if (damagedStagedFile(t)) {
      // Issue 27: a staged Parquet file cut short or overwritten (docs/operations.md "What a run
      // verifies"): running again alone fails the same way; staging it again is the remedy.
      return "a staged file is damaged"
          + where
          + " ("
          + cause
          + "): run again with --reingest to stage again every month whose input is still in the"
          + " input folder (for an archived month, restore its folder first, or --withdraw it);"
          + " the previous outputs of the period are intact";
    }
    return "the run failed"
        + where
        + ": "
        + cause
        + "; the previous outputs of the period are intact. Run again; if it fails the same way,"
        + " report it with the log (the stack trace follows)";
  }

  /** A Parquet file under staging/ that is not readable as Parquet. */
  private static boolean damagedStagedFile(Throwable t) {
    return mentions(t, "/staging/")
        && (mentions(t, "is not a parquet file")
            || mentions(t, "parquetdecodingexception")
            || mentions(t, "can not read value at"));
  }

  private static long suggestedHeapGiB() {
    long gib = Runtime.getRuntime().maxMemory() >> 30;
    return Math.max(4, gib * 2);
  }

  /** At most 300 characters of the first line: an ERROR line stays one line. */
  static String oneLine(String s) {
    String first = s.strip().lines().findFirst().orElse("");
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
