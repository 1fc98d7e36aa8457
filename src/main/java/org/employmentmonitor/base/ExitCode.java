package org.employmentmonitor.base;

/** Process exit codes of SPEC section 8 (plus 4 for {@code --fail-on}). */
public enum ExitCode {
  SUCCESS(0),
  FAILURE(1),
  USAGE_OR_CONFIG(2),
  INPUT_ERROR(3),
  ALERTS_AT_OR_ABOVE_FAIL_ON(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
