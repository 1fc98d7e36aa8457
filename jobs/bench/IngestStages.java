import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.employmentmonitor.config.PseudonymKey;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.validate.HeaderMapping;
import org.employmentmonitor.ingest.validate.Pseudonymizer;
import org.employmentmonitor.ingest.validate.RowValidator;

/**
 * Single-threaded CPU cost of the ingest stages on one extract file, without Spark: how much of
 * an ingest task is the project's own parse / validate / pseudonymise, so that the rest of the
 * task's CPU (from the Spark event log) is Spark's Row conversion and Parquet write.
 *
 * <pre>
 *   java -Xmx2g -cp 'target/classes:target/lib/*' jobs/bench/IngestStages.java \
 *       INPUT/2020-12/social_insurance.csv social_insurance 2020-12 INPUT/reference/towns.csv [rounds]
 * </pre>
 *
 * Stages, each a full pass over the (plain, UTF-8) file, timed by thread CPU, best of the rounds
 * after JIT warm-up: (1) read the bytes; (2) + RFC 4180 scan and decode every field; (3) + {@link
 * RowValidator#validate} (normalise, check, HMAC pseudonym, typed staged values); (4) the HMAC
 * alone, once per record over distinct canonical IDs. Public APIs only; run by hand, not by the
 * harness. Java 17 source-file mode.
 */
public class IngestStages {
  public static void main(String[] args) throws Exception {
    String file = args[0];
    Extract extract = Extracts.byName(args[1]);
    YearMonth month = YearMonth.parse(args[2]);
    Set<String> towns = readTowns(args[3]);
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();

    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    long records = 0;
    long accepted = 0;
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      // 1. bytes
      long t = mx.getCurrentThreadCpuTime();
      long bytes = 0;
      try (InputStream in = new FileInputStream(file)) {
        byte[] b = new byte[1 << 16];
        int n;
        while ((n = in.read(b)) > 0) {
          bytes += n;
        }
      }
      best[0] = Math.min(best[0], mx.getCurrentThreadCpuTime() - t);

      // 2. scan + decode every field
      t = mx.getCurrentThreadCpuTime();
      long chars = 0;
      records = 0;
      try (CsvRecordReader rd = reader(file)) {
        rd.next(); // header
        while (rd.next()) {
          records++;
          for (int i = 0; i < rd.size(); i++) {
            chars += rd.field(i).length();
          }
        }
      }
      best[1] = Math.min(best[1], mx.getCurrentThreadCpuTime() - t);

      // 3. scan + validate (+ HMAC) as ExtractFileParser does, without Spark
      t = mx.getCurrentThreadCpuTime();
      accepted = 0;
      try (CsvRecordReader rd = reader(file)) {
        rd.next();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < rd.size(); i++) {
          header.add(rd.field(i));
        }
        RowValidator v =
            new RowValidator(
                extract,
                HeaderMapping.resolve(extract, header),
                month,
                towns,
                new Pseudonymizer(
                    PseudonymKey.of(Pseudonymizer.DEVELOPMENT_KEY, true)));
        int idField = header.indexOf("id_number");
        boolean collect = ids.isEmpty();
        while (rd.next()) {
          if (v.validate(rd).accepted()) {
            accepted++;
          }
          if (collect && idField >= 0) {
            ids.add(rd.field(idField).trim());
          }
        }
      }
      best[2] = Math.min(best[2], mx.getCurrentThreadCpuTime() - t);

      // 4. HMAC alone: one per record, alternating IDs so the one-entry cache never hits
      Pseudonymizer p =
          new Pseudonymizer(PseudonymKey.of(Pseudonymizer.DEVELOPMENT_KEY, true));
      t = mx.getCurrentThreadCpuTime();
      long sink = 0;
      int half = ids.size() / 2;
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get((i % 2 == 0) ? i / 2 : half + i / 2);
        sink ^= p.personKey(id);
      }
      best[3] = Math.min(best[3], mx.getCurrentThreadCpuTime() - t);
      if (sink == 42) {
        System.out.print("");
      }
      if (r == 0) {
        System.out.printf(
            "%s: %,d bytes, %,d records, %,d accepted, %,d field chars%n",
            file, bytes, records, accepted, chars);
      }
    }
    String[] names = {
      "read bytes",
      "+ CSV scan and field decode",
      "+ validate, normalise, HMAC, stage (RowValidator)",
      "HMAC-SHA-256 alone (one per record)"
    };
    System.out.printf("| stage (single thread, best of %d) | CPU s | µs/record | records/s |%n", rounds);
    System.out.println("|---|---:|---:|---:|");
    for (int i = 0; i < 4; i++) {
      double s = best[i] / 1e9;
      System.out.printf(
          "| %s | %.2f | %.2f | %,d |%n", names[i], s, s * 1e6 / records, (long) (records / s));
    }
  }

  private static CsvRecordReader reader(String file) throws Exception {
    return new CsvRecordReader(
        new BufferedInputStream(new FileInputStream(file), 1 << 16),
        StandardCharsets.UTF_8,
        1 << 20);
  }

  private static Set<String> readTowns(String path) throws Exception {
    Set<String> towns = new HashSet<>();
    try (CsvRecordReader rd = reader(path)) {
      rd.next();
      while (rd.next()) {
        towns.add(rd.field(0).trim());
      }
    }
    return towns;
  }
}
