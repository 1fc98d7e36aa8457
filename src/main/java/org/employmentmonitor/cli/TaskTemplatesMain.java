package org.employmentmonitor.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.Failures;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.ingest.TaskRegisterFile;
import org.employmentmonitor.ingest.schema.TaskTemplates;
import org.employmentmonitor.io.HadoopFs;

/**
 * {@code jobs/task-templates.sh --out DIR [--input DIR]} (issue 28): writes one task_progress
 * template per lead unit, pre-filled with its tasks, for the register of INPUT (its
 * reference/tasks.csv, validated as a run validates it) or the built-in one. Exit 0, 2 on bad
 * usage, 3 on a broken register.
 */
public final class TaskTemplatesMain {
  private static final Logger LOG = LogManager.getLogger(TaskTemplatesMain.class);

  private TaskTemplatesMain() {}

  public static void main(String[] args) {
    System.exit(run(args).code());
  }

  static ExitCode run(String[] args) {
    try {
      Path out = null;
      Path input = null;
      for (int i = 0; i < args.length; i++) {
        if (i + 1 >= args.length) {
          throw MonitorException.usage(args[i] + " needs a value");
        }
        switch (args[i]) {
          case "--out" -> out = Path.of(args[++i]);
          case "--input" -> input = Path.of(args[++i]);
          default ->
              throw MonitorException.usage(
                  "unknown option " + args[i] + "; usage: --out DIR [--input DIR]");
        }
      }
      if (out == null) {
        throw MonitorException.usage("--out DIR is required; usage: --out DIR [--input DIR]");
      }
      TaskRegister register =
          input == null
              ? org.employmentmonitor.config.DocumentTasks.BUILT_IN
              : TaskRegisterFile.load(
                  new HadoopFs(new Configuration()),
                  new org.apache.hadoop.fs.Path(input.toAbsolutePath().toUri()),
                  null);
      Files.createDirectories(out);
      Map<String, String> files = TaskTemplates.forRegister(register);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      LOG.info(
          "{} template(s) for the lead units of the register ({}) written to {}",
          files.size(),
          register.origin(),
          out);
      return ExitCode.SUCCESS;
    } catch (Throwable t) {
      LOG.error(Failures.describe(t, null, null));
      return t instanceof MonitorException m ? m.exitCode() : ExitCode.FAILURE;
    }
  }
}
