package org.employmentmonitor.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.MonitorException;

/**
 * One run at a time per output folder (issues 9, 18): {@code OUTPUT/.lock} holds the run id, host
 * and process id. A second run is refused with a message saying who holds it.
 *
 * <ul>
 *   <li>On a local disk the file is created with {@code CREATE_NEW} (one atomic system call) and an
 *       operating-system lock ({@link FileChannel#lock}) is held on it for the run's life. Hadoop's
 *       {@code LocalFileSystem.create(path, false)} is not atomic (it checks, then creates), so two
 *       starting runs could both get it. A lock file left by a dead run is taken over only when its
 *       OS lock is free (the kernel releases it when a process dies, even by kill -9) and its
 *       process no longer exists on this host.
 *   <li>On HDFS (and other cluster file systems) create-without-overwrite is atomic (the name node
 *       decides); there is no OS lock, and a stale lock is taken over on the same pid/host check.
 * </ul>
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(RunLock.class);

  /** How long the creator of the file waits for a checker's brief hold of its OS lock. */
  private static final long OWN_LOCK_WAIT_MS = 10_000;

  private final HadoopFs fs;
  private final Path path;
  private final FileChannel channel; // local disk only
  private final FileLock osLock; // local disk only

  private RunLock(HadoopFs fs, Path path, FileChannel channel, FileLock osLock) {
    this.fs = fs;
    this.path = path;
    this.channel = channel;
    this.osLock = osLock;
  }

  public static RunLock acquire(HadoopFs fs, OutputLayout layout, String runId) throws IOException {
    Path p = layout.lockFile();
    fs.mkdirs(layout.root());
    String host = hostName();
    String content =
        "run_id="
            + runId
            + "\nhost="
            + host
            + "\npid="
            + ProcessHandle.current().pid()
            + "\nstarted="
            + java.time.Instant.now()
            + "\n";
    if (fs.fs(p) instanceof LocalFileSystem local) {
      return acquireLocal(fs, p, local.pathToFile(p).toPath(), content, host);
    }
    return acquireShared(fs, p, content, host);
  }

  private static RunLock acquireLocal(
      HadoopFs fs, Path p, java.nio.file.Path file, String content, String host)
      throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      FileChannel created = null;
      try {
        created = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        // held, or left by a dead run: decided below
      }
      if (created != null) {
        try {
          FileLock own = lockOwn(created, file);
          writeContent(created, content);
          return new RunLock(fs, p, created, own);
        } catch (IOException | RuntimeException e) {
          // Ours and still empty or partial (disk full): removed, else every later run would be
          // refused by a lock file naming no holder.
          try {
            Files.deleteIfExists(file);
            created.close();
          } catch (IOException cleanup) {
            e.addSuppressed(cleanup);
          }
          throw e;
        }
      }
      RunLock takenOver = tryTakeOver(fs, p, file, content, host);
      if (takenOver != null) {
        return takenOver;
      }
    }
    throw MonitorException.usage("could not take the lock " + p + "; try again");
  }

  /** Our own new file: a checker may hold its OS lock for an instant; wait for it. */
  private static FileLock lockOwn(FileChannel ch, java.nio.file.Path file) throws IOException {
    long deadline = System.currentTimeMillis() + OWN_LOCK_WAIT_MS;
    while (true) {
      try {
        FileLock l = ch.tryLock();
        if (l != null) {
          return l;
        }
      } catch (OverlappingFileLockException e) {
        // a checker thread of this JVM holds it for an instant
      }
      if (System.currentTimeMillis() > deadline) {
        ch.close();
        throw new IOException("could not lock " + file + " that this run had just created");
      }
      Thread.onSpinWait();
    }
  }

  /**
   * The file exists: returns the lock when its holder is provably gone (OS lock free, process dead
   * on this host), null to try again when the file vanished meanwhile; else refuses.
   */
  private static RunLock tryTakeOver(
      HadoopFs fs, Path p, java.nio.file.Path file, String content, String host)
      throws IOException {
    FileChannel ch;
    Object key;
    try {
      key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return null; // released meanwhile: try to create it again
    }
    FileLock l = null;
    try {
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null; // another thread of this JVM holds it
      }
      String holder = read(ch);
      if (l == null) {
        throw refused(p, holder);
      }
      Object now;
      try {
        now = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      } catch (NoSuchFileException e) {
        now = null;
      }
      if (now == null || !Objects.equals(key, now)) {
        return null; // the file we locked was released and replaced: start over
      }
      if (!isStale(holder, host)) {
        throw refused(p, holder);
      }
      LOG.warn("taking over a lock left by a run that is no longer running: {}", oneLine(holder));
      ch.truncate(0);
      writeContent(ch, content);
      RunLock taken = new RunLock(fs, p, ch, l);
      l = null;
      ch = null;
      return taken;
    } finally {
      if (l != null) {
        l.release();
      }
      if (ch != null) {
        ch.close();
      }
    }
  }

  private static String read(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(4096);
    ch.position(0);
    while (buf.hasRemaining() && ch.read(buf) > 0) {
      // read up to 4 KiB: a lock file is a few lines
    }
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  private static void writeContent(FileChannel ch, String content) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
    ch.position(0);
    while (b.hasRemaining()) {
      ch.write(b);
    }
    ch.force(true);
  }

  /** Cluster file systems: create-without-overwrite is atomic there. */
  private static RunLock acquireShared(HadoopFs fs, Path p, String content, String host)
      throws IOException {
    for (int attempt = 0; attempt < 2; attempt++) {
      try (OutputStream out = fs.fs(p).create(p, false)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
        return new RunLock(fs, p, null, null);
      } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
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
      throw refused(p, holder);
    }
    throw MonitorException.usage("could not take the lock " + p);
  }

  private static MonitorException refused(Path p, String holder) {
    return MonitorException.usage(
        "another run holds "
            + p
            + " ("
            + (holder.isBlank() ? "starting" : oneLine(holder))
            + "); wait for it to finish, or delete the file if no run is active");
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

  /** Deletes the file while still holding the OS lock, then releases it. */
  @Override
  public void close() throws IOException {
    try {
      fs.delete(path);
    } finally {
      if (osLock != null) {
        osLock.release();
        channel.close();
      }
    }
  }
}
