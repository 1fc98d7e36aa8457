package org.employmentmonitor.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Deterministic synthetic extracts for Employment Monitor (docs/data-generator.md).
 *
 * <pre>
 * GenerateData --scale sample|district|city --out DIR [--seed N] [--threads N]
 *              [--from YYYY-MM] [--to YYYY-MM]
 * </pre>
 *
 * The same seed, scale and range give byte-identical files whatever the thread count: every file is
 * written by one task, and every person, employer and record draws from its own stream.
 */
public final class GenerateData {
  private static final Logger LOG = LogManager.getLogger(GenerateData.class);

  /** The default seed: the date of the district's task-division notice (2020-09-25). */
  public static final long DEFAULT_SEED = 20_200_925L;

  private GenerateData() {}

  public static void main(String[] args) {
    try {
      Options o = Options.parse(args);
      run(o.scale(), o.out(), o.seed(), o.threads(), o.months(), o.shapes());
    } catch (IllegalArgumentException e) {
      LOG.error("{}", e.getMessage());
      LOG.error(
          "usage: generate-data.sh --scale sample|district|city --out DIR [--seed N] [--threads N]"
              + " [--from YYYY-MM] [--to YYYY-MM]"
              + " [--parts YYYY-MM/EXTRACT=N] [--xlsx YYYY-MM/EXTRACT]");
      System.exit(2);
    } catch (IOException | UncheckedIOException e) {
      LOG.error("cannot write the data: {}", e.getMessage());
      System.exit(1);
    }
  }

  record Options(
      Scale scale, Path out, long seed, int threads, Months months, List<Reshape.Shape> shapes) {
    static Options parse(String[] args) {
      Scale scale = null;
      Path out = null;
      YearMonth from = null;
      YearMonth to = null;
      List<Reshape.Shape> shapes = new ArrayList<>();
      long seed = DEFAULT_SEED;
      int threads = Runtime.getRuntime().availableProcessors();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--scale" -> scale = Scale.parse(v);
          case "--out" -> out = Paths.get(v);
          case "--seed" -> seed = parseLong(v, a);
          case "--threads" -> threads = (int) Math.max(1, parseLong(v, a));
          case "--parts" -> shapes.add(shape(v, a, true));
          case "--xlsx" -> shapes.add(shape(v, a, false));
          case "--from" -> from = month(v, a);
          case "--to" -> to = month(v, a);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (scale == null || out == null) {
        throw new IllegalArgumentException("--scale and --out are required");
      }
      Months months =
          new Months(from == null ? defaultFrom(scale) : from, to == null ? defaultTo(scale) : to);
      if (shapes.isEmpty()) {
        shapes.addAll(Reshape.defaults(scale, months));
      }
      return new Options(scale, out, seed, threads, months, List.copyOf(shapes));
    }

    private static YearMonth month(String v, String option) {
      try {
        return YearMonth.parse(v.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(option + " must be YYYY-MM, not " + v);
      }
    }

    /** {@code 2020-08/social_insurance=3} (parts) or {@code 2020-07/recruitment} (xlsx). */
    private static Reshape.Shape shape(String v, String option, boolean parts) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(\\d{4}-\\d{2})/([a-z_]+)(?:=(\\d+))?")
              .matcher(v.trim());
      if (!m.matches() || parts != (m.group(3) != null)) {
        throw new IllegalArgumentException(
            option
                + " must be "
                + (parts ? "YYYY-MM/EXTRACT=N" : "YYYY-MM/EXTRACT")
                + ", not "
                + v);
      }
      Extract extract = null;
      for (Extract e : Extract.values()) {
        if (e.fileName.equals(m.group(2))) {
          extract = e;
        }
      }
      if (extract == null) {
        throw new IllegalArgumentException(option + ": no extract " + m.group(2));
      }
      int n = parts ? (int) parseLong(m.group(3), option) : 0;
      if (parts && n < 2) {
        throw new IllegalArgumentException(option + ": at least 2 parts");
      }
      return new Reshape.Shape(m.group(1), extract, n);
    }

    private static long parseLong(String v, String option) {
      try {
        return Long.parseLong(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be an integer, not " + v);
      }
    }
  }

  /**
   * The first month a scale generates by default: 2018-10 for every scale, so that 2019's insurance
   * starts are decidable and 2020 has a year-ago value (同比) for every month.
   */
  public static YearMonth defaultFrom(Scale scale) {
    return Months.DEFAULT_FROM;
  }

  /** The last month a scale generates by default: 2020-12. */
  public static YearMonth defaultTo(Scale scale) {
    return Months.DEFAULT_TO;
  }

  /**
   * Generates every file of one scale over its default range ({@link #defaultFrom}, {@link
   * #defaultTo}) into {@code out} (its month folders are replaced).
   */
  public static void run(Scale scale, Path out, long seed, int threads) throws IOException {
    run(scale, out, seed, threads, defaultFrom(scale), defaultTo(scale));
  }

  /**
   * Generates every month from {@code from} to {@code to} (at most ten years) into {@code out}:
   * persons and employers carry on across the whole range. The scale's default delivery shapes
   * apply where their month is in the range.
   */
  public static void run(
      Scale scale, Path out, long seed, int threads, YearMonth from, YearMonth to)
      throws IOException {
    Months months = new Months(from, to);
    run(scale, out, seed, threads, months, Reshape.defaults(scale, months));
  }

  /** As {@link #run(Scale, Path, long, int, YearMonth, YearMonth)}, then the given shapes. */
  static void run(
      Scale scale, Path out, long seed, int threads, Months months, List<Reshape.Shape> shapes)
      throws IOException {
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    clean(out);
    Population pop = new Population(seed, scale, months);
    Employers emps = new Employers(seed, scale, months, pop.count(Segment.SI_INITIAL));
    Lives lives = new Lives(pop, emps);
    LOG.info(
        "{} scale, seed {}, {} .. {}: {} persons, {} employers ({} s)",
        scale.label(),
        seed,
        months.first,
        months.of(months.count - 1),
        pop.size(),
        emps.count,
        String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    for (Segment s : Segment.values()) {
      LOG.info("  {}: {} persons", s, pop.count(s));
    }
    for (int m = 0; m < months.count; m++) {
      Files.createDirectories(out.resolve(months.label(m)));
    }
    ReferenceWriter.towns(out);
    List<Callable<List<BadRows.Written>>> tasks = new ArrayList<>();
    // registration and social_insurance: one pass over every life per month.
    for (int m = 0; m < months.count; m++) {
      int month = m;
      tasks.add(() -> new MonthWriter(lives, month).write(out));
    }
    // The other extracts, every month of the range (graduates from July to December).
    TrainingWriter training = new TrainingWriter(pop);
    GraduatesWriter graduates = new GraduatesWriter(pop);
    RecruitmentWriter recruitment = new RecruitmentWriter(pop, emps);
    LoansWriter loans = new LoansWriter(lives);
    MarketEntitiesWriter entities = new MarketEntitiesWriter(pop);
    SurveyWriter survey = new SurveyWriter(pop);
    TaskProgressWriter taskReports = new TaskProgressWriter(pop); // issue 28
    for (int m = 0; m < months.count; m++) {
      int month = m;
      tasks.add(() -> training.write(out, month));
      tasks.add(() -> recruitment.write(out, month));
      tasks.add(() -> loans.write(out, month));
      tasks.add(() -> entities.write(out, month));
      tasks.add(() -> survey.write(out, month));
      tasks.add(() -> taskReports.write(out, month));
      if (months.monthOfYear(month) >= 7) {
        tasks.add(() -> graduates.write(out, month));
      }
    }
    List<BadRows.Written> bad = new ArrayList<>(Reshape.apply(out, shapes, runAll(tasks, threads)));
    bad.sort(Comparator.comparing(BadRows.Written::file).thenComparingInt(BadRows.Written::line));
    ReferenceWriter.catalogue(out, bad);
    ReferenceWriter.marker(out, scale, seed, months);
    LOG.info(
        "wrote {} ({} deliberately bad rows listed in {}) in {} s",
        out,
        bad.size(),
        ReferenceWriter.CATALOGUE,
        String.format("%.1f", (System.nanoTime() - t0) / 1e9));
  }

  private static List<BadRows.Written> runAll(
      List<Callable<List<BadRows.Written>>> tasks, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<BadRows.Written>>> futures = new ArrayList<>();
      for (Callable<List<BadRows.Written>> t : tasks) {
        futures.add(pool.submit(t));
      }
      List<BadRows.Written> all = new ArrayList<>();
      for (Future<List<BadRows.Written>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException("generation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Removes what an earlier run wrote (month folders, reference, marker, catalogue) only. */
  private static void clean(Path out) throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      for (Path p : (Iterable<Path>) children::iterator) {
        String name = p.getFileName().toString();
        boolean ours =
            name.matches("\\d{4}-\\d{2}")
                || name.equals("reference")
                || name.equals(ReferenceWriter.MARKER)
                || name.equals(ReferenceWriter.CATALOGUE);
        if (ours) {
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path q : all) {
        Files.delete(q);
      }
    }
  }
}
