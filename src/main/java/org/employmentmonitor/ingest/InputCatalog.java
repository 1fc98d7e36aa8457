package org.employmentmonitor.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;

/**
 * The delivered input folder of SPEC 2, listed through Hadoop's FileSystem: every month folder
 * {@code YYYY-MM} up to the period, each extract as {@code NAME.csv} or {@code NAME.csv.gz}, and
 * {@code reference/towns.csv}. Layout problems that make the run meaningless are input errors.
 */
public final class InputCatalog {
  /** Marker file of generated data: with it the development pseudonymisation key is allowed. */
  public static final String SYNTHETIC_MARKER = "SYNTHETIC_DATA.md";

  private static final Pattern MONTH_FOLDER = Pattern.compile("\\d{4}-\\d{2}");

  /** One delivered file. {@code relativePath} is how messages and the manifest name it. */
  public record ExtractFile(
      String source, YearMonth month, String path, String relativePath, long size, long mtime)
      implements Serializable {
    public Path hadoopPath() {
      return new Path(path);
    }
  }

  private final Path root;
  private final List<ExtractFile> files;
  private final ExtractFile towns;
  private final boolean synthetic;

  private InputCatalog(Path root, List<ExtractFile> files, ExtractFile towns, boolean synthetic) {
    this.root = root;
    this.files = files;
    this.towns = towns;
    this.synthetic = synthetic;
  }

  /** Lists the input for a run of {@code period}. */
  public static InputCatalog list(HadoopFs fs, Path root, YearMonth period) throws IOException {
    if (!fs.exists(root)) {
      throw MonitorException.input("input folder " + root + " does not exist");
    }
    ExtractFile towns = findExtract(fs, new Path(root, "reference"), "towns", null, "reference/");
    if (towns == null) {
      throw MonitorException.input(
          "reference/towns.csv is missing in " + root + ": the list of towns is required");
    }
    List<ExtractFile> files = new ArrayList<>();
    for (FileStatus s : fs.list(root)) {
      String name = s.getPath().getName();
      if (!s.isDirectory() || !MONTH_FOLDER.matcher(name).matches()) {
        continue;
      }
      YearMonth month;
      try {
        month = YearMonth.parse(name);
      } catch (DateTimeParseException e) {
        continue;
      }
      if (month.isAfter(period)) {
        continue;
      }
      for (Extract e : Extracts.MONTHLY) {
        ExtractFile f = findExtract(fs, s.getPath(), e.name(), month, name + "/");
        if (f != null) {
          files.add(f);
        }
      }
    }
    files.sort(Comparator.comparing(ExtractFile::month).thenComparing(ExtractFile::source));
    boolean synthetic = fs.exists(new Path(root, SYNTHETIC_MARKER));
    InputCatalog catalog = new InputCatalog(root, List.copyOf(files), towns, synthetic);
    catalog.requireMandatory(period);
    return catalog;
  }

  private static ExtractFile findExtract(
      HadoopFs fs, Path dir, String source, YearMonth month, String relDir) throws IOException {
    FileStatus plain = fs.status(new Path(dir, source + ".csv"));
    FileStatus gz = fs.status(new Path(dir, source + ".csv.gz"));
    if (plain != null && gz != null) {
      throw MonitorException.input(
          relDir
              + source
              + ".csv and "
              + relDir
              + source
              + ".csv.gz are both present: which one is the truth is unknowable; remove one");
    }
    FileStatus s = plain != null ? plain : gz;
    if (s == null || s.isDirectory()) {
      return null;
    }
    return new ExtractFile(
        source,
        month,
        s.getPath().toString(),
        relDir + s.getPath().getName(),
        s.getLen(),
        s.getModificationTime());
  }

  private void requireMandatory(YearMonth period) {
    for (Extract e : Extracts.MONTHLY) {
      if (e.isMandatory() && find(e.name(), period).isEmpty()) {
        throw MonitorException.input(
            period
                + "/"
                + e.name()
                + ".csv is missing in "
                + root
                + ": the "
                + e.name()
                + " extract ("
                + e.titleZh()
                + ") is mandatory for the period's month");
      }
    }
  }

  public Path root() {
    return root;
  }

  /** Every delivered monthly extract up to the period, ordered by month then source. */
  public List<ExtractFile> files() {
    return files;
  }

  public ExtractFile towns() {
    return towns;
  }

  /** True when the input carries the generator's marker: synthetic data, no real persons. */
  public boolean isSynthetic() {
    return synthetic;
  }

  public Optional<ExtractFile> find(String source, YearMonth month) {
    return files.stream()
        .filter(f -> f.source().equals(source) && f.month().equals(month))
        .findFirst();
  }

  public List<ExtractFile> files(String source) {
    return files.stream().filter(f -> f.source().equals(source)).toList();
  }
}
