package org.employmentmonitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a tiny input folder in the SPEC 2 layout: reference/towns.csv (three towns by default),
 * month folders with extracts, and the synthetic-data marker so the development key is allowed.
 *
 * <pre>
 * TestInput in = TestInput.at(tmp)
 *     .file("2020-09", "registration",
 *         "record_id,id_number,town_code,event_type,event_date,employment_form",
 *         "R1," + Ids.person(1) + ",500118001,EMPLOYED,2020-09-03,EMPLOYER");
 * </pre>
 */
public final class TestInput {
  public static final String TOWN_A = "500118001";
  public static final String TOWN_B = "500118002";
  public static final String TOWN_C = "500118100";

  private final Path root;

  private TestInput(Path root) {
    this.root = root;
  }

  /** A folder with the default three towns and the synthetic marker. */
  public static TestInput at(Path root) {
    TestInput in = new TestInput(root);
    in.write(
        root.resolve("reference/towns.csv"),
        String.join(
            "\n",
            "town_code,town_name,kind",
            TOWN_A + ",中山路街道,STREET",
            TOWN_B + ",胜利路街道,STREET",
            TOWN_C + ",青峰镇,TOWN",
            ""),
        StandardCharsets.UTF_8);
    in.write(root.resolve("SYNTHETIC_DATA.md"), "test fixture\n", StandardCharsets.UTF_8);
    return in;
  }

  public Path root() {
    return root;
  }

  /** {@code MONTH/SOURCE.csv} in UTF-8, header then rows, LF line ends. */
  public TestInput file(String month, String source, String header, String... rows) {
    return text(
        month + "/" + source + ".csv", lines(header, List.of(rows)), StandardCharsets.UTF_8);
  }

  /** Any file under the root, with the given encoding. */
  public TestInput text(String relative, String content, Charset charset) {
    write(root.resolve(relative), content, charset);
    return this;
  }

  /** Raw bytes under the root (gzip, BOM, garbage, …). */
  public TestInput bytes(String relative, byte[] content) {
    try {
      Files.createDirectories(root.resolve(relative).getParent());
      Files.write(root.resolve(relative), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Empty mandatory extracts (header only) for each month, so a period can run. */
  public TestInput emptyMandatory(String... months) {
    for (String m : months) {
      if (!Files.exists(root.resolve(m + "/registration.csv"))) {
        file(m, "registration", "record_id,id_number,town_code,event_type,event_date");
      }
      if (!Files.exists(root.resolve(m + "/social_insurance.csv"))) {
        file(
            m,
            "social_insurance",
            "id_number,employer_credit_code,town_code,contribution_month,insurance_type");
      }
    }
    return this;
  }

  public static String lines(String header, List<String> rows) {
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (String r : rows) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }

  private void write(Path p, String content, Charset charset) {
    try {
      Files.createDirectories(p.getParent());
      Files.write(p, content.getBytes(charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
