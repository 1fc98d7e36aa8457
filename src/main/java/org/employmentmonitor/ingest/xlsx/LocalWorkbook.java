package org.employmentmonitor.ingest.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A workbook as a local file, which the streaming reader needs (a zip is read by random access):
 * the file itself on a local file system, else a temporary copy deleted on {@link #close}. Either
 * way its bytes pass once through {@code digest}, the delivered file's checksum.
 */
public final class LocalWorkbook implements AutoCloseable {
  private final File file;
  private final boolean temporary;

  private LocalWorkbook(File file, boolean temporary) {
    this.file = file;
    this.temporary = temporary;
  }

  public static LocalWorkbook of(Path path, Configuration conf, MessageDigest digest)
      throws IOException {
    boolean local = "file".equals(path.toUri().getScheme()) || path.toUri().getScheme() == null;
    try (InputStream in = new DigestInputStream(path.getFileSystem(conf).open(path), digest)) {
      if (local) {
        in.transferTo(OutputStream.nullOutputStream());
        return new LocalWorkbook(Paths.get(path.toUri().getPath()).toFile(), false);
      }
      java.nio.file.Path tmp = Files.createTempFile("em-extract-", ".xlsx");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        in.transferTo(out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp); // a partial copy of personal data is not left behind
        throw e;
      }
      return new LocalWorkbook(tmp.toFile(), true);
    }
  }

  public File file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    if (temporary) {
      Files.deleteIfExists(file.toPath());
    }
  }
}
