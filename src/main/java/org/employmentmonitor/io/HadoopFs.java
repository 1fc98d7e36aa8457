package org.employmentmonitor.io;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * File operations through Hadoop's FileSystem API, so that the same code reads and writes local
 * folders, {@code hdfs://} and {@code s3a://} (SPEC 1: a city runs on a cluster). No {@code
 * java.io.File} on data paths.
 */
public final class HadoopFs {
  private static final FsPermission OWNER_DIR = new FsPermission((short) 0700);
  private static final FsPermission OWNER_FILE = new FsPermission((short) 0600);

  private final Configuration conf;

  public HadoopFs(Configuration conf) {
    this.conf = conf;
  }

  public Configuration conf() {
    return conf;
  }

  public FileSystem fs(Path p) {
    try {
      FileSystem f = p.getFileSystem(conf);
      if (f instanceof ChecksumFileSystem local) {
        // No .crc side files next to reports on a local disk (HDFS keeps its own checksums).
        local.setWriteChecksum(false);
      }
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of " + p, e);
    }
  }

  public boolean exists(Path p) throws IOException {
    return fs(p).exists(p);
  }

  /** The file's status, or null when it does not exist. */
  public FileStatus status(Path p) throws IOException {
    try {
      return fs(p).getFileStatus(p);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  public FileStatus[] list(Path dir) throws IOException {
    if (!exists(dir)) {
      return new FileStatus[0];
    }
    return fs(dir).listStatus(dir);
  }

  public InputStream open(Path p) throws IOException {
    return fs(p).open(p, 1 << 16);
  }

  /** Opens a file, decompressing it when its name ends in {@code .gz}. */
  public InputStream openDecoded(Path p) throws IOException {
    return decoded(p, open(p));
  }

  /** {@code raw}, the bytes of file {@code p}, decompressed when its name ends in {@code .gz}. */
  public static InputStream decoded(Path p, InputStream raw) throws IOException {
    return p.getName().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  /** A fresh SHA-256 digest: the checksum of delivered files (every JVM has it). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 of file {@code p}'s bytes as stored (not decompressed), in lower-case hex. */
  public String sha256Hex(Path p) throws IOException {
    MessageDigest d = sha256();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = open(p)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
    }
    return java.util.HexFormat.of().formatHex(d.digest());
  }

  public byte[] readAll(Path p) throws IOException {
    try (InputStream in = open(p)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  public String readString(Path p) throws IOException {
    return new String(readAll(p), StandardCharsets.UTF_8);
  }

  public void write(Path p, byte[] content) throws IOException {
    try (OutputStream out = fs(p).create(p, true)) {
      out.write(content);
    }
  }

  public void writeString(Path p, String content) throws IOException {
    write(p, content.getBytes(StandardCharsets.UTF_8));
  }

  public void mkdirs(Path p) throws IOException {
    fs(p).mkdirs(p);
  }

  public void delete(Path p) throws IOException {
    fs(p).delete(p, true);
  }

  public void rename(Path from, Path to) throws IOException {
    if (!fs(from).rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }

  /**
   * Puts {@code fresh} in the place of {@code target}: the old version moves aside first and is
   * deleted only after the new one is in place, so a crash leaves either version whole (a leftover
   * {@code .old-*} sibling is restored by {@link #recover}).
   */
  public void replace(Path fresh, Path target, String runId) throws IOException {
    Path parent = target.getParent();
    mkdirs(parent);
    Path aside = new Path(parent, ".old-" + runId + "-" + target.getName());
    boolean hadOld = exists(target);
    if (hadOld) {
      rename(target, aside);
    }
    rename(fresh, target);
    if (hadOld) {
      delete(aside);
    }
  }

  private static void restrictLocal(java.nio.file.Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
      try (Stream<java.nio.file.Path> children = Files.list(p)) {
        for (java.nio.file.Path c : children.toList()) {
          restrictLocal(c);
        }
      }
    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** Restores a target whose replacement was interrupted between the two renames. */
  public void recover(Path dir) throws IOException {
    for (FileStatus s : list(dir)) {
      String name = s.getPath().getName();
      if (name.startsWith(".old-")) {
        String targetName = name.substring(name.indexOf('-', ".old-".length() + 1) + 1);
        Path target = new Path(dir, targetName);
        if (exists(target)) {
          delete(s.getPath());
        } else {
          rename(s.getPath(), target);
        }
      } else if (s.isDirectory()) {
        recover(s.getPath());
      }
    }
  }

  /** Owner-only permissions (0700 folders, 0600 files), for folders that hold personal data. */
  public void restrictToOwner(Path p) throws IOException {
    FileSystem f = fs(p);
    if (!f.exists(p)) {
      return;
    }
    if (f instanceof LocalFileSystem local) {
      // Without Hadoop's native library every setPermission forks `chmod`; java.nio does not.
      restrictLocal(local.pathToFile(p).toPath());
      return;
    }
    FileStatus s = f.getFileStatus(p);
    if (s.isDirectory()) {
      f.setPermission(p, OWNER_DIR);
      for (FileStatus child : f.listStatus(p)) {
        restrictToOwner(child.getPath());
      }
    } else {
      f.setPermission(p, OWNER_FILE);
    }
  }
}
