package org.apache.hadoop.fs;

import java.io.IOException;

/** Hadoop's FSError has a package-private constructor; tests need the real class. */
public final class FsErrors {
  private FsErrors() {}

  /** What RawLocalFileSystem throws when a write hits a full disk. */
  public static Error diskFull() {
    return new FSError(new IOException("No space left on device"));
  }
}
