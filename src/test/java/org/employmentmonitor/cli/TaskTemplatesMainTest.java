package org.employmentmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.employmentmonitor.base.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/task-templates.sh (issue 28): a template per lead unit of the built-in or given register.
 */
class TaskTemplatesMainTest {
  @TempDir Path tmp;

  @Test
  void writesOneTemplatePerLeadUnitOfTheBuiltInRegister() throws IOException {
    Path out = tmp.resolve("t");
    assertEquals(ExitCode.SUCCESS, TaskTemplatesMain.run(new String[] {"--out", out.toString()}));
    try (var files = Files.list(out)) {
      assertEquals(23, files.count());
    }
    assertEquals(
        "\uFEFF任务序号,报送单位,进展状态,工作进展,存在问题,下步措施,报送日期\r\n" + "2,永川银保监分局,,,,,\r\n4,永川银保监分局,,,,,\r\n",
        Files.readString(out.resolve("永川银保监分局.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void aDeliveredRegisterGivesItsOwnUnitsAndABrokenOneExitsThree() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("reference"));
    Files.writeString(
        in.resolve("reference/tasks.csv"),
        "任务序号,任务,牵头单位\n1,稳岗,区人力社保局\n2,市场主体,\"区发展改革委;区市场监管局\"\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("t2");
    assertEquals(
        ExitCode.SUCCESS,
        TaskTemplatesMain.run(new String[] {"--out", out.toString(), "--input", in.toString()}));
    assertTrue(
        Files.readString(out.resolve("区市场监管局.csv"), StandardCharsets.UTF_8)
            .endsWith("\r\n2,区市场监管局,,,,,\r\n"));
    Files.writeString(in.resolve("reference/tasks.csv"), "任务序号,任务,牵头单位\nx,稳岗,区人力社保局\n");
    assertEquals(
        ExitCode.INPUT_ERROR,
        TaskTemplatesMain.run(new String[] {"--out", out.toString(), "--input", in.toString()}));
    assertEquals(ExitCode.USAGE_OR_CONFIG, TaskTemplatesMain.run(new String[] {"--input"}));
  }
}
