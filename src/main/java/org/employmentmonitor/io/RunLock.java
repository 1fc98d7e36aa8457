package org.employmentmonitor.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.cli.MonitorException;

/**
 * One run at a time per output folder (issue 9): {@code OUTPUT/.lock}, created atomically, holds
 * the run id, host and process id. A second run is refused with a message saying who holds it. A
 * lock left by a process that no longer exists on this host is taken over.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(RunLock.class);

  private final HadoopFs fs;
  private final Path path;

  private RunLock(HadoopFs fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  public static RunLock acquire(HadoopFs fs, OutputLayout layout, String runId) throws IOException {
    Path p = layout.lockFile();
    fs.mkdirs(layout.root());
    String host = hostName();
    long pid = ProcessHandle.current().pid();
    String content =
        "run_id="
            + runId
            + "\nhost="
            + host
            + "\npid="
            + pid
            + "\nstarted="
            + java.time.Instant.now()
            + "\n";
    for (int attempt = 0; attempt < 2; attempt++) {
      try (OutputStream out = fs.fs(p).create(p, false)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
        return new RunLock(fs, p);
      } catch (FileAlreadyExistsException e) {
        // fall through
      } catch (IOException e) {
        if (!fs.exists(p)) {
          throw e;
        }
      }
      String holder = fs.readString(p);
      if (attempt == 0 && isStale(holder, host)) {
        LOG.warn("taking over a lock left by a run that is no longer running: {}", oneLine(holder));
        fs.delete(p);
        continue;
      }
      throw MonitorException.usage(
          "another run holds "
              + p
              + " ("
              + oneLine(holder)
              + "); wait for it to finish, or delete the file if no run is active");
    }
    throw MonitorException.usage("could not take the lock " + p);
  }

  private static boolean isStale(String holder, String host) {
    String h = field(holder, "host").orElse("");
    Optional<String> pid = field(holder, "pid");
    if (!h.equals(host) || pid.isEmpty()) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(pid.get())).map(ph -> !ph.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<String> field(String content, String key) {
    for (String line : content.split("\n")) {
      if (line.startsWith(key + "=")) {
        return Optional.of(line.substring(key.length() + 1).trim());
      }
    }
    return Optional.empty();
  }

  private static String oneLine(String s) {
    return s.trim().replace('\n', ' ');
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  @Override
  public void close() throws IOException {
    fs.delete(path);
  }
}
