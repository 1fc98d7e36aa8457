package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.DocumentTasks;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 2.2 reference/tasks.csv: optional, validated, any broken row an input error (exit 3). */
class TaskRegisterFileTest {
  @TempDir Path dir;

  private TaskRegister load(String text, Charset cs) throws IOException {
    Files.createDirectories(dir.resolve("reference"));
    Files.write(dir.resolve("reference/tasks.csv"), text.getBytes(cs));
    return TaskRegisterFile.load(
        new HadoopFs(new Configuration()), new org.apache.hadoop.fs.Path(dir.toUri()), null);
  }

  @Test
  void withoutAFileTheBuiltInRegisterApplies() throws IOException {
    assertSame(
        DocumentTasks.BUILT_IN,
        TaskRegisterFile.load(
            new HadoopFs(new Configuration()), new org.apache.hadoop.fs.Path(dir.toUri()), null));
  }

  @Test
  void aGbkRegisterWithChineseHeadersIsRead() throws IOException {
    TaskRegister r =
        load(
            "任务序号,部分,任务,牵头单位,责任单位,完成时限,关联指标\n"
                + "1,一、稳岗,稳岗返还,区人力社保局,\"区财政局;区税务局\",2021-06-30,\n"
                + "2,一、稳岗,新增市场主体,区发展改革委、区市场监管局,,,\"new_market_entities,market_entity_jobs\"\n",
            Charset.forName("GBK"));
    assertEquals(2, r.size());
    DocumentTask one = r.task(1);
    assertEquals(List.of("区财政局", "区税务局"), one.responsibleUnits());
    assertEquals(LocalDate.of(2021, 6, 30), one.dueIn(2021));
    DocumentTask two = r.task(2);
    assertEquals(List.of("区发展改革委", "区市场监管局"), two.leadUnits());
    assertNull(two.dueDate());
    assertEquals(LocalDate.of(2021, 12, 31), two.dueIn(2021));
    assertEquals(List.of("new_market_entities", "market_entity_jobs"), two.indicatorIds());
    assertEquals("reference/tasks.csv", r.origin());
  }

  @Test
  void aBrokenRowStopsTheRunNamingFileAndLine() {
    MonitorException e =
        assertThrows(
            MonitorException.class,
            () ->
                load(
                    "task_no,title,lead_units,due_date\n"
                        + "1,稳岗返还,区人力社保局,\n"
                        + "x,新增市场主体,区发展改革委,\n"
                        + "3,培训,,\n"
                        + "1,又一个,区财政局,\n"
                        + "4,见习,区人力社保局,2021-02-30\n",
                    Charset.forName("UTF-8")));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    String m = e.getMessage();
    assertTrue(m.contains("reference/tasks.csv line 3: INVALID_NUMBER"), m);
    assertTrue(m.contains("line 4: MISSING_REQUIRED"), m);
    assertTrue(m.contains("line 5: task 1 is given again (first on line 2)"), m);
    assertTrue(m.contains("line 6: INVALID_DATE"), m);
  }

  @Test
  void theStagedRegisterReadsBackEqual() throws IOException {
    HadoopFs fs = new HadoopFs(new Configuration());
    OutputLayout out = new OutputLayout(dir.resolve("out").toString());
    TaskRegisterFile.writeStaged(fs, out, DocumentTasks.BUILT_IN);
    TaskRegister back = TaskRegisterFile.readStaged(fs, out);
    assertEquals(DocumentTasks.BUILT_IN.tasks(), back.tasks());
    assertEquals(DocumentTasks.BUILT_IN.fingerprint(), back.fingerprint());
  }
}
