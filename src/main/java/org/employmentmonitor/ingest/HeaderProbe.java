package org.employmentmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.csv.EncodingDetector;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.validate.HeaderMapping;
import org.employmentmonitor.ingest.xlsx.LocalWorkbook;
import org.employmentmonitor.ingest.xlsx.WorkbookDiagnosis;
import org.employmentmonitor.ingest.xlsx.XlsxRecords;
import org.employmentmonitor.io.HadoopFs;

/**
 * The driver's look at the start of a file before Spark reads it: its encoding and its header.
 * File-level problems (empty file, unreadable gzip, UTF-16, missing required columns) become input
 * errors naming the file, before any task starts.
 */
public final class HeaderProbe {
  private HeaderProbe() {}

  private static HeaderMapping mapping(
      ExtractFile file, Extract extract, List<String> header, long line) {
    HeaderMapping mapping = HeaderMapping.resolve(extract, header);
    if (!mapping.missingRequired().isEmpty()) {
      throw MonitorException.input(
          file.relativePath()
              + " ("
              + (file.isXlsx() ? "sheet row " : "line ")
              + line
              + "): required column(s) missing from the header: "
              + String.join(", ", mapping.missingRequired())
              + "; name each by its canonical name or Chinese alias (docs/extract-guide.md)");
    }
    return mapping;
  }

  /** The header of a workbook: the first non-empty row of its first sheet (SPEC 9). */
  private static Probe probeXlsx(HadoopFs fs, ExtractFile file, Extract extract)
      throws IOException {
    try (LocalWorkbook local = LocalWorkbook.of(file.hadoopPath(), fs.conf(), HadoopFs.sha256());
        XlsxRecords reader =
            new XlsxRecords(
                local.file(),
                CsvRecordReader.DEFAULT_MAX_FIELDS,
                ExtractFileParser.MAX_RECORD_BYTES)) {
      if (!reader.next()) {
        throw MonitorException.input(
            file.relativePath()
                + " is empty: its first sheet needs a header row naming the columns");
      }
      List<String> header = new ArrayList<>();
      for (int i = 0; i < reader.size(); i++) {
        header.add(reader.field(i));
      }
      return new Probe(StandardCharsets.UTF_8, mapping(file, extract, header, reader.line()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof MonitorException) {
        throw (MonitorException) e;
      }
      // Issue 27: say what the file is (encrypted, old .xls, not a workbook, unsafe XML) and what
      // to do, in one line, instead of the zip or XML parser's words.
      String what;
      try (InputStream in = fs.open(file.hadoopPath())) {
        what = WorkbookDiagnosis.explain(in, e);
      }
      throw MonitorException.input(file.relativePath() + " " + what, e);
    }
  }

  /** What the probe learnt. */
  public record Probe(Charset charset, HeaderMapping header) {}

  /**
   * @param encodingOverride charset forced by --encoding, or null to detect
   */
  public static Probe probe(
      HadoopFs fs, ExtractFile file, Extract extract, String encodingOverride) {
    try {
      if (file.isXlsx()) {
        return probeXlsx(fs, file, extract);
      }
      Charset charset;
      if (encodingOverride != null) {
        charset = Charset.forName(encodingOverride);
      } else {
        try (InputStream in = fs.openDecoded(file.hadoopPath())) {
          EncodingDetector.Detection d = EncodingDetector.detect(in);
          if (d.problem() != null) {
            throw MonitorException.input(file.relativePath() + " " + d.problem());
          }
          charset = d.charset();
        }
      }
      List<String> header = new ArrayList<>();
      try (CsvRecordReader reader =
          new CsvRecordReader(
              fs.openDecoded(file.hadoopPath()), charset, ExtractFileParser.MAX_RECORD_BYTES)) {
        if (!reader.next()) {
          throw MonitorException.input(
              file.relativePath() + " is empty: a header row naming the columns is required");
        }
        for (int i = 0; i < reader.size(); i++) {
          header.add(reader.field(i));
        }
      }
      return new Probe(charset, mapping(file, extract, header, 1));
    } catch (ZipException e) {
      throw MonitorException.input(
          file.relativePath() + " is not a readable gzip file (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw MonitorException.input(
          file.relativePath() + " cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
