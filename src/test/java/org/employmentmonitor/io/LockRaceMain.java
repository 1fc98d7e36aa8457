package org.employmentmonitor.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/**
 * One contender of {@link RunLockTest}'s two-process race. Rounds 1..N: waits for {@code go-R} in
 * the control folder, tries the lock, writes {@code NAME-R} = won|lost; a winner holds the lock
 * until {@code release-R} appears. Args: control folder, output folder, name, rounds.
 */
public final class LockRaceMain {
  private LockRaceMain() {}

  public static void main(String[] args) throws Exception {
    Path control = Path.of(args[0]);
    OutputLayout layout = new OutputLayout(args[1]);
    String name = args[2];
    int rounds = Integer.parseInt(args[3]);
    HadoopFs fs = new HadoopFs(new Configuration());
    for (int r = 1; r <= rounds; r++) {
      while (!Files.exists(control.resolve("go-" + r))) {
        Thread.onSpinWait();
      }
      RunLock lock = null;
      try {
        lock = RunLock.acquire(fs, layout, name + "-" + r);
      } catch (RuntimeException refused) {
        // lost the race
      }
      Files.writeString(control.resolve(name + "-" + r + ".tmp"), lock != null ? "won" : "lost");
      Files.move(control.resolve(name + "-" + r + ".tmp"), control.resolve(name + "-" + r));
      if (lock != null) {
        while (!Files.exists(control.resolve("release-" + r))) {
          Thread.sleep(1);
        }
        lock.close();
        Files.writeString(control.resolve("released-" + r), name);
      }
    }
  }
}
