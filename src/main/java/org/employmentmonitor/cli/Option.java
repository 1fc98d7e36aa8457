package org.employmentmonitor.cli;

/**
 * One command-line option: its name, the placeholder of its value (null for a flag), its default
 * (null when none), and one line of help. Declared once in {@link Options}; parsing and {@code
 * --help} both read the declarations.
 */
public record Option(String name, String valueName, String defaultValue, String help) {
  public boolean isFlag() {
    return valueName == null;
  }

  public String flag() {
    return "--" + name;
  }
}
