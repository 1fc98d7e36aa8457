package org.employmentmonitor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.employmentmonitor.base.MonitorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: one writer per output, guaranteed on a local disk (threads and processes race). */
class RunLockTest {
  @TempDir Path tmp;

  private final HadoopFs fs = new HadoopFs(new Configuration());

  @Test
  void exactlyOneOfManyThreadsGetsTheLockInEveryRound() throws Exception {
    OutputLayout layout = new OutputLayout(tmp.resolve("out").toString());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunLock>> tries = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String runId = "r" + round + "t" + t;
          tries.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return RunLock.acquire(fs, layout, runId);
                    } catch (MonitorException refused) {
                      return null;
                    }
                  }));
        }
        start.countDown();
        List<RunLock> won = new ArrayList<>();
        for (Future<RunLock> f : tries) {
          RunLock l = f.get(30, TimeUnit.SECONDS);
          if (l != null) {
            won.add(l);
          }
        }
        assertEquals(1, won.size(), "round " + round);
        won.get(0).close();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void exactlyOneOfTwoProcessesGetsTheLockInEveryRound() throws Exception {
    Path control = Files.createDirectories(tmp.resolve("control"));
    String out = tmp.resolve("out").toString();
    int rounds = 30;
    List<Process> children = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      cmd.removeIf(a -> a.startsWith("-agentlib") || a.startsWith("-javaagent"));
      cmd.addAll(
          List.of(
              "-Xmx256m",
              "-cp",
              System.getProperty("java.class.path"),
              LockRaceMain.class.getName(),
              control.toString(),
              out,
              name,
              Integer.toString(rounds)));
      children.add(
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve(name + ".log").toFile())
              .start());
    }
    try {
      for (int r = 1; r <= rounds; r++) {
        Files.writeString(control.resolve("go-" + r), "");
        Path a = control.resolve("a-" + r);
        Path b = control.resolve("b-" + r);
        waitFor(a, children);
        waitFor(b, children);
        int won =
            (Files.readString(a).equals("won") ? 1 : 0)
                + (Files.readString(b).equals("won") ? 1 : 0);
        assertEquals(1, won, "round " + r);
        Files.writeString(control.resolve("release-" + r), "");
        waitFor(control.resolve("released-" + r), children);
      }
      for (Process p : children) {
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
      }
    } finally {
      children.forEach(Process::destroyForcibly);
    }
  }

  private void waitFor(Path file, List<Process> children) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline || children.stream().noneMatch(Process::isAlive)) {
        throw new AssertionError(
            file.getFileName() + " never came: " + Files.readString(tmp.resolve("a.log")));
      }
      Thread.sleep(2);
    }
  }

  @Test
  void aLockWhoseOwnerIsAliveIsNeverTakenOverAndADeadOnesIs() throws Exception {
    OutputLayout layout = new OutputLayout(tmp.resolve("out").toString());
    try (RunLock held = RunLock.acquire(fs, layout, "first")) {
      MonitorException e =
          assertThrows(MonitorException.class, () -> RunLock.acquire(fs, layout, "second"));
      assertTrue(e.getMessage().contains("run_id=first"), e.getMessage());
    }
    // A lock file left by a process that is gone (no OS lock, pid not alive): taken over.
    String host = java.net.InetAddress.getLocalHost().getHostName();
    Files.writeString(tmp.resolve("out/.lock"), "run_id=dead\nhost=" + host + "\npid=999999999\n");
    try (RunLock taken = RunLock.acquire(fs, layout, "third")) {
      assertTrue(Files.readString(tmp.resolve("out/.lock")).startsWith("run_id=third\n"));
    }
    assertTrue(!Files.exists(tmp.resolve("out/.lock")));
  }
}
