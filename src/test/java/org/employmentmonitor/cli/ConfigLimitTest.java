package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: the configuration file is read once and capped; a huge or endless one is exit 2. */
class ConfigLimitTest {
  @TempDir Path tmp;

  private String refused(String config) throws IOException {
    try (LogCapture log = new LogCapture()) {
      assertEquals(
          ExitCode.USAGE_OR_CONFIG,
          TestRun.run(tmp.resolve("in"), tmp.resolve("out"), "2020-09", "--config", config));
      return log.text();
    }
  }

  @Test
  void aConfigFileAboveOneMebibyteIsRefusedNamingIt() throws IOException {
    Path big = tmp.resolve("big.yaml");
    Files.writeString(big, "# " + "x".repeat(MonthlyRun.MAX_CONFIG_BYTES) + "\n");
    String log = refused(big.toString());
    assertTrue(log.contains("--config " + big + " is larger than 1024 KiB"), log);
  }

  @Test
  void aConfigFileJustUnderTheCapIsRead() throws IOException {
    Path ok = tmp.resolve("ok.yaml");
    Files.writeString(ok, "#".repeat(MonthlyRun.MAX_CONFIG_BYTES - 1));
    MonthlyRun.prepare(
        Options.parse(new String[] {"--period", "2020-09", "--config", ok.toString()}),
        java.util.Map.of());
  }

  @Test
  void anEndlessDeviceAsConfigIsRefusedNotRead() throws IOException {
    String log = refused("/dev/zero");
    assertTrue(log.contains("--config /dev/zero is not a regular file"), log);
  }
}
