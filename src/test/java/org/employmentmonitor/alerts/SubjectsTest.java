package org.employmentmonitor.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Subjects as people read them: Chinese names, never a machine key where a name is known. */
class SubjectsTest {
  @Test
  void labelsAreChinese() {
    assertEquals("全区", Subjects.label("DISTRICT"));
    assertEquals("中山路街道", Subjects.label("500118001 中山路街道"));
    assertEquals("重庆甲机械有限公司", Subjects.label("91500118MA0000001K 重庆甲机械有限公司"));
    assertEquals("参保缴费明细 2020年9月", Subjects.label("social_insurance/2020-09"));
    assertEquals("招聘岗位 2020年9月", Subjects.label("recruitment/2020-09"));
    assertEquals("未识别的文件 2020年9月", Subjects.label("unrecognised_files/2020-09"));
    assertEquals("91500118MA0000001K", Subjects.label("91500118MA0000001K"));
    assertEquals("odd/2020-13", Subjects.label("odd/2020-13"));
  }

  @Test
  void keyIsTheTextUpToTheFirstSpace() {
    assertEquals("500118001", Subjects.key("500118001 中山路街道"));
    assertEquals("DISTRICT", Subjects.key("DISTRICT"));
  }
}
