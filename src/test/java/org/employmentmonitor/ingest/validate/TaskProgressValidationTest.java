package org.employmentmonitor.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.config.DocumentTasks;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extracts;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.2 task_progress and SPEC 9 "Tasks": a task of the register (else INVALID_NUMBER), a lead
 * unit of that task (else INVALID_ENUM), Chinese headers and labels.
 */
class TaskProgressValidationTest {
  static final Map<Integer, Set<String>> REGISTER = DocumentTasks.BUILT_IN.leadUnitsByTask();

  record Outcome(boolean accepted, String reason, String column, Object[] staged) {}

  static Outcome check(String header, String row) {
    String text = header + "\n" + row + "\n";
    try (CsvRecordReader r =
        new CsvRecordReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8,
            1 << 20)) {
      r.next();
      List<String> h = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        h.add(r.field(i));
      }
      RowValidator v =
          new RowValidator(
              Extracts.TASK_PROGRESS,
              HeaderMapping.resolve(Extracts.TASK_PROGRESS, h),
              YearMonth.of(2020, 9),
              Set.of(),
              REGISTER,
              null);
      r.next();
      RowValidator.Result res = v.validate(r);
      return new Outcome(
          res.accepted(),
          res.reason() == null ? null : res.reason().name(),
          res.column(),
          res.staged());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String EN = "task_no,unit,status,progress,problems,next_steps,report_date";
  static final String ZH = "任务序号,报送单位,进展状态,工作进展,存在问题,下步措施,报送日期";

  @Test
  void aLeadUnitsReportIsAcceptedWithChineseHeadersAndLabels() {
    Outcome o = check(ZH, "22,区发展改革委,滞后,已召开推进会,进度慢,加快审批,2020年9月28日");
    assertTrue(o.accepted());
    assertEquals(22, o.staged()[0]);
    assertEquals("区发展改革委", o.staged()[1]);
    assertEquals("BEHIND", o.staged()[2]);
    assertEquals(LocalDate.of(2020, 9, 28), o.staged()[6]);
  }

  @Test
  void aSecondLeadUnitOfATaskMayReport() {
    assertTrue(check(EN, "2,永川银保监分局,ON_SCHEDULE,,,,2020-09-30").accepted());
    assertTrue(check(EN, "2,人行永川中心支行,done,,,,2020-09-30").accepted());
  }

  @Test
  void aTaskNumberOutsideTheRegisterIsInvalidNumber() {
    Outcome o = check(EN, "68,区人力社保局,DONE,,,,2020-09-30");
    assertFalse(o.accepted());
    assertEquals("INVALID_NUMBER", o.reason());
    assertEquals("task_no", o.column());
    assertEquals("INVALID_NUMBER", check(EN, "二十二,区发展改革委,DONE,,,,2020-09-30").reason());
  }

  @Test
  void aResponsibleUnitThatDoesNotLeadTheTaskIsInvalidEnum() {
    // Task 22: lead 区发展改革委; 区人力社保局 is only a responsible unit.
    Outcome o = check(EN, "22,区人力社保局,DONE,,,,2020-09-30");
    assertFalse(o.accepted());
    assertEquals("INVALID_ENUM", o.reason());
    assertEquals("unit", o.column());
  }

  @Test
  void aReportDatedAfterTheExtractMonthIsRejected() {
    assertEquals("DATE_AFTER_EXTRACT", check(EN, "22,区发展改革委,DONE,,,,2020-10-01").reason());
    assertEquals("INVALID_ENUM", check(EN, "22,区发展改革委,快完成了,,,,2020-09-01").reason());
    assertEquals("MISSING_REQUIRED", check(EN, "22,,DONE,,,,2020-09-01").reason());
  }
}
