package org.employmentmonitor.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;

/**
 * The delivered input folder of SPEC 2, listed through Hadoop's FileSystem: every month folder
 * {@code YYYY-MM} up to the period and {@code reference/towns.csv}. An extract is {@code NAME.csv},
 * {@code NAME.csv.gz} or {@code NAME.xlsx}, or comes in parts {@code NAME-1.csv}, {@code
 * NAME-2.csv.gz}, … read together as one {@link Delivery}; NAME is the canonical name or the
 * Chinese title declared beside the schema ({@link Extract#titleZh()}). Every other entry of a
 * month folder is listed as {@link #unrecognised()}: never silently skipped. Layout problems that
 * make the run meaningless are input errors.
 */
public final class InputCatalog {
  /** Marker file of generated data: with it the development pseudonymisation key is allowed. */
  public static final String SYNTHETIC_MARKER = "SYNTHETIC_DATA.md";

  /** Parts are numbered 1..this; the delivery order of a row keeps the part in 12 bits. */
  public static final int MAX_PARTS = 4095;

  private static final Pattern MONTH_FOLDER = Pattern.compile("\\d{4}-\\d{2}");

  /** NAME, an optional part number, an accepted format (extension case-insensitive). */
  private static final Pattern EXTRACT_FILE =
      Pattern.compile(
          "(?<name>.+?)(?:-(?<part>[1-9][0-9]{0,3}))?\\.(?<ext>csv|csv\\.gz|xlsx)",
          Pattern.CASE_INSENSITIVE);

  /**
   * One delivered file. {@code relativePath} is how messages, the quarantine and the manifest name
   * it; {@code part} is its part number, 0 for an extract delivered as one file.
   */
  public record ExtractFile(
      String source,
      YearMonth month,
      String path,
      String relativePath,
      long size,
      long mtime,
      int part)
      implements Serializable {
    public ExtractFile(
        String source, YearMonth month, String path, String relativePath, long size, long mtime) {
      this(source, month, path, relativePath, size, mtime, 0);
    }

    public Path hadoopPath() {
      return new Path(path);
    }

    /** An Excel workbook: its first sheet is read (SPEC 9 "Reading: .xlsx"). */
    public boolean isXlsx() {
      return path.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public boolean isGzip() {
      return path.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
  }

  /**
   * One extract of one month as delivered: a single file, or its parts in part order (SPEC 9: a
   * later part is later in the delivery).
   */
  public record Delivery(String source, YearMonth month, List<ExtractFile> files)
      implements Serializable {
    public boolean inParts() {
      return files.get(0).part() > 0;
    }

    /** The files' names, joined: how the data-quality table and messages name the delivery. */
    public String label() {
      return String.join(" + ", files.stream().map(ExtractFile::relativePath).toList());
    }

    public long size() {
      return files.stream().mapToLong(ExtractFile::size).sum();
    }
  }

  /** An entry of a month folder that is no extract: named in the log and a DATA_QUALITY alert. */
  public record Unrecognised(YearMonth month, String relativePath, String why) {}

  private final Path root;
  private final List<Delivery> deliveries;
  private final List<ExtractFile> files;
  private final List<Unrecognised> unrecognised;
  private final ExtractFile towns;
  private final boolean synthetic;

  private InputCatalog(
      Path root,
      List<Delivery> deliveries,
      List<Unrecognised> unrecognised,
      ExtractFile towns,
      boolean synthetic) {
    this.root = root;
    this.deliveries = deliveries;
    this.files = deliveries.stream().flatMap(d -> d.files().stream()).toList();
    this.unrecognised = unrecognised;
    this.towns = towns;
    this.synthetic = synthetic;
  }

  /** Lists the input for a run of {@code period}. */
  public static InputCatalog list(HadoopFs fs, Path root, YearMonth period) throws IOException {
    if (!fs.exists(root)) {
      throw MonitorException.input("input folder " + root + " does not exist");
    }
    ExtractFile towns = findTowns(fs, new Path(root, "reference"));
    List<Delivery> deliveries = new ArrayList<>();
    List<Unrecognised> unrecognised = new ArrayList<>();
    for (FileStatus s : fs.list(root)) {
      YearMonth month = monthFolder(s);
      if (month == null || month.isAfter(period)) {
        continue;
      }
      Folder folder = readFolder(fs, s.getPath(), month);
      deliveries.addAll(folder.deliveries());
      unrecognised.addAll(folder.unrecognised());
    }
    deliveries.sort(Comparator.comparing(Delivery::month).thenComparing(Delivery::source));
    unrecognised.sort(Comparator.comparing(Unrecognised::relativePath));
    boolean synthetic = fs.exists(new Path(root, SYNTHETIC_MARKER));
    InputCatalog catalog =
        new InputCatalog(
            root, List.copyOf(deliveries), List.copyOf(unrecognised), towns, synthetic);
    catalog.requireMandatory(period);
    return catalog;
  }

  /**
   * The entries of the period's own month folder that are no extract, without the other checks of
   * {@link #list}: the alerts step judges data quality on the period's month alone (SPEC 9).
   */
  public static List<Unrecognised> unrecognisedIn(HadoopFs fs, Path root, YearMonth period)
      throws IOException {
    try {
      Folder folder = readMonth(fs, root, period);
      return folder == null ? List.of() : folder.unrecognised();
    } catch (MonitorException e) {
      // A layout error is the ingest step's to report; here it only means nothing more to add.
      return List.of();
    }
  }

  /**
   * The delivery of {@code source} in the month folder {@code month} as it is now, under any name
   * the catalog accepts (canonical or Chinese, one file or parts), or empty.
   */
  public static Optional<Delivery> deliveryIn(
      HadoopFs fs, Path root, YearMonth month, String source) throws IOException {
    Folder folder = readMonth(fs, root, month);
    if (folder == null) {
      return Optional.empty();
    }
    return folder.deliveries().stream().filter(d -> d.source().equals(source)).findFirst();
  }

  /** The month folder {@code month} under {@code root} as it is now, or null when there is none. */
  private static Folder readMonth(HadoopFs fs, Path root, YearMonth month) throws IOException {
    Path dir = new Path(root, month.toString());
    FileStatus s = fs.status(dir);
    if (s == null || !s.isDirectory()) {
      return null;
    }
    return readFolder(fs, dir, month);
  }

  private static YearMonth monthFolder(FileStatus s) {
    String name = s.getPath().getName();
    if (!s.isDirectory() || !MONTH_FOLDER.matcher(name).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(name);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private record Folder(List<Delivery> deliveries, List<Unrecognised> unrecognised) {}

  /** Sorts a month folder's entries into deliveries and unrecognised entries. */
  private static Folder readFolder(HadoopFs fs, Path dir, YearMonth month) throws IOException {
    String relDir = month + "/";
    Map<String, List<ExtractFile>> bySource = new LinkedHashMap<>();
    List<Unrecognised> unrecognised = new ArrayList<>();
    List<FileStatus> entries = new ArrayList<>(List.of(fs.list(dir)));
    entries.sort(Comparator.comparing(e -> e.getPath().getName()));
    for (FileStatus s : entries) {
      String name = s.getPath().getName();
      Matcher m = EXTRACT_FILE.matcher(name);
      Extract extract = m.matches() ? extractNamed(m.group("name")) : null;
      if (extract == null) {
        unrecognised.add(
            new Unrecognised(
                month,
                relDir + name,
                s.isDirectory() ? "a folder" : "no extract of SPEC 2.2 is named so"));
        continue;
      }
      requireRegularFile(s, relDir + name);
      int part = m.group("part") == null ? 0 : Integer.parseInt(m.group("part"));
      bySource
          .computeIfAbsent(extract.name(), k -> new ArrayList<>())
          .add(
              new ExtractFile(
                  extract.name(),
                  month,
                  s.getPath().toString(),
                  relDir + name,
                  s.getLen(),
                  s.getModificationTime(),
                  part));
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (Map.Entry<String, List<ExtractFile>> e : bySource.entrySet()) {
      deliveries.add(delivery(e.getKey(), month, e.getValue()));
    }
    return new Folder(deliveries, unrecognised);
  }

  /** The extract a file's NAME means: canonical name (any case) or Chinese title (exactly). */
  static Extract extractNamed(String name) {
    for (Extract e : Extracts.MONTHLY) {
      if (e.name().equalsIgnoreCase(name) || e.titleZh().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The files of one extract in one month folder as one delivery: one single file, or parts
   * numbered 1..n without a gap. Anything else is ambiguous and an input error naming the files.
   */
  private static Delivery delivery(String source, YearMonth month, List<ExtractFile> found) {
    List<ExtractFile> singles = found.stream().filter(f -> f.part() == 0).toList();
    List<ExtractFile> parts = found.stream().filter(f -> f.part() > 0).toList();
    if (singles.size() > 1) {
      throw MonitorException.input(
          names(singles)
              + " are all the "
              + source
              + " extract of "
              + month
              + ": which one is the truth is unknowable; remove all but one");
    }
    if (!singles.isEmpty() && !parts.isEmpty()) {
      throw MonitorException.input(
          names(singles)
              + " and the part(s) "
              + names(parts)
              + " are both the "
              + source
              + " extract of "
              + month
              + ": a delivery is one file or its parts, not both; remove the one that is not the"
              + " truth");
    }
    if (!singles.isEmpty()) {
      return new Delivery(source, month, List.of(singles.get(0)));
    }
    TreeMap<Integer, ExtractFile> byPart = new TreeMap<>();
    for (ExtractFile f : parts) {
      ExtractFile other = byPart.put(f.part(), f);
      if (other != null) {
        throw MonitorException.input(
            other.relativePath()
                + " and "
                + f.relativePath()
                + " are both part "
                + f.part()
                + " of the "
                + source
                + " extract of "
                + month
                + ": remove one");
      }
    }
    for (int n = 1; n <= byPart.lastKey(); n++) {
      if (!byPart.containsKey(n)) {
        throw MonitorException.input(
            "part "
                + n
                + " of the "
                + source
                + " extract of "
                + month
                + " is missing ("
                + names(parts)
                + " delivered): parts are numbered 1, 2, 3, … without a gap; deliver the"
                + " missing part or renumber");
      }
    }
    if (byPart.lastKey() > MAX_PARTS) {
      throw MonitorException.input(
          "the " + source + " extract of " + month + " has more than " + MAX_PARTS + " parts");
    }
    return new Delivery(source, month, List.copyOf(byPart.values()));
  }

  private static String names(List<ExtractFile> files) {
    return String.join(", ", files.stream().map(ExtractFile::relativePath).toList());
  }

  private static ExtractFile findTowns(HadoopFs fs, Path dir) throws IOException {
    FileStatus plain = fs.status(new Path(dir, "towns.csv"));
    FileStatus gz = fs.status(new Path(dir, "towns.csv.gz"));
    if (plain != null && gz != null) {
      throw MonitorException.input(
          "reference/towns.csv and reference/towns.csv.gz are both present: which one is the"
              + " truth is unknowable; remove one");
    }
    FileStatus s = plain != null ? plain : gz;
    if (s == null) {
      throw MonitorException.input(
          "reference/towns.csv is missing in "
              + dir.getParent()
              + ": the list of towns is required");
    }
    String rel = "reference/" + s.getPath().getName();
    requireRegularFile(s, rel);
    return new ExtractFile(
        "towns", null, s.getPath().toString(), rel, s.getLen(), s.getModificationTime());
  }

  /**
   * Only regular files are read: a folder, FIFO or device (also behind a symbolic link) where an
   * extract is expected would be read forever or not at all (issue 18), so it is an input error.
   */
  static void requireRegularFile(FileStatus s, String relativePath) {
    boolean regular;
    if (s.isDirectory()) {
      regular = false;
    } else if ("file".equals(s.getPath().toUri().getScheme())) {
      regular = Files.isRegularFile(Paths.get(s.getPath().toUri().getPath()));
    } else {
      regular = s.isFile();
    }
    if (!regular) {
      throw MonitorException.input(
          relativePath
              + " is not a regular file ("
              + (s.isDirectory() ? "a folder" : "a device, pipe or link to one")
              + "): an extract must be a plain .csv, .csv.gz or .xlsx file; replace it with the"
              + " file itself");
    }
  }

  private void requireMandatory(YearMonth period) {
    for (Extract e : Extracts.MONTHLY) {
      if (e.isMandatory() && delivery(e.name(), period).isEmpty()) {
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
                + ") is mandatory for the period's month; deliver it as "
                + e.name()
                + ".csv, .csv.gz or .xlsx, under its Chinese name "
                + e.titleZh()
                + ".csv, or in parts "
                + e.name()
                + "-1.csv, "
                + e.name()
                + "-2.csv, … (docs/extract-guide.md)"
                + unrecognisedHint(period));
      }
    }
  }

  /** When the folder holds files that are no extract, the clerk's file may be among them. */
  private String unrecognisedHint(YearMonth period) {
    List<String> in =
        unrecognised.stream()
            .filter(u -> u.month().equals(period))
            .map(Unrecognised::relativePath)
            .toList();
    return in.isEmpty()
        ? ""
        : "; the folder holds file(s) that are no extract: " + LogText.list(in, 10);
  }

  public Path root() {
    return root;
  }

  /** Every delivered monthly extract up to the period, ordered by month then source. */
  public List<Delivery> deliveries() {
    return deliveries;
  }

  /** Every delivered file (each part of a delivery in parts), deliveries in month-source order. */
  public List<ExtractFile> files() {
    return files;
  }

  /** Entries of month folders up to the period that are no extract, by path. */
  public List<Unrecognised> unrecognised() {
    return unrecognised;
  }

  public ExtractFile towns() {
    return towns;
  }

  /** True when the input carries the generator's marker: synthetic data, no real persons. */
  public boolean isSynthetic() {
    return synthetic;
  }

  public Optional<Delivery> delivery(String source, YearMonth month) {
    return deliveries.stream()
        .filter(d -> d.source().equals(source) && d.month().equals(month))
        .findFirst();
  }

  /** The first file of a delivered extract (the delivery itself: {@link #delivery}). */
  public Optional<ExtractFile> find(String source, YearMonth month) {
    return delivery(source, month).map(d -> d.files().get(0));
  }
}
