package org.employmentmonitor.ingest.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {
  private static final LocalDate SEPT_2020 = LocalDate.of(2020, 9, 30);

  @Test
  void checkCharacterFollowsGb11643() {
    // Worked example of GB 11643-1999: 11010519491231002 -> X.
    assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
    assertEquals('4', IdNumber.checkCharacter("44052418800101001"));
  }

  @Test
  void validNumberGivesBirthDateAndSex() {
    IdNumber.Result r = IdNumber.parse("11010519491231002X", SEPT_2020);
    assertTrue(r.valid());
    assertEquals("11010519491231002X", r.canonical());
    assertEquals(LocalDate.of(1949, 12, 31), r.birthDate());
    assertFalse(r.male(), "digit 17 = 2 is even: a woman");
    assertTrue(IdNumber.parse("440524198001010013", SEPT_2020).male());
  }

  @Test
  void lowerCaseXIsFolded() {
    IdNumber.Result r = IdNumber.parse("11010519491231002x", SEPT_2020);
    assertTrue(r.valid());
    assertEquals("11010519491231002X", r.canonical());
  }

  @Test
  void wrongCheckCharacterIsInvalid() {
    IdNumber.Result r = IdNumber.parse("110105194912310021", SEPT_2020);
    assertFalse(r.valid());
    assertTrue(r.error().contains("check character"));
  }

  @Test
  void fifteenDigitLegacyNumberIsUpgraded() {
    // 15-digit form of 110105 19 491231 002 -> insert 19, append the check character.
    IdNumber.Result r = IdNumber.parse("110105491231002", SEPT_2020);
    assertTrue(r.valid());
    assertEquals("11010519491231002X", r.canonical());
    assertEquals(LocalDate.of(1949, 12, 31), r.birthDate());
  }

  @Test
  void excelScientificNotationIsNamedAsSuch() {
    IdNumber.Result r = IdNumber.parse("5.00118E+17", SEPT_2020);
    assertFalse(r.valid());
    assertTrue(r.error().contains("scientific notation"), r.error());
  }

  @Test
  void impossibleBirthDateIsInvalid() {
    String first17 = "50011819990231001"; // 31 February
    IdNumber.Result r = IdNumber.parse(first17 + IdNumber.checkCharacter(first17), SEPT_2020);
    assertFalse(r.valid());
    assertTrue(r.error().contains("birth date"));
  }

  @Test
  void birthDateAfterTheExtractMonthIsInvalid() {
    String first17 = "50011820201001001";
    String id = first17 + IdNumber.checkCharacter(first17);
    assertFalse(IdNumber.parse(id, SEPT_2020).valid());
    assertTrue(IdNumber.parse(id, LocalDate.of(2020, 10, 31)).valid());
  }

  @Test
  void wrongLengthAndLettersAreInvalid() {
    assertFalse(IdNumber.parse("5001181980010100", SEPT_2020).valid());
    assertFalse(IdNumber.parse("50011819800101001A", SEPT_2020).valid());
    assertFalse(IdNumber.parse("5001181980010100X1", SEPT_2020).valid());
  }

  @Test
  void aBirthYearBefore1900IsInvalid() {
    // Issue 27: year 0000 is a date to LocalDate; python-stdnum rejects it, and so do we.
    IdNumber.Result year0 = IdNumber.parse("322628000001017169", SEPT_2020);
    assertFalse(year0.valid());
    assertEquals("birth year (digits 7-10) is before 1900", year0.error());
    assertFalse(IdNumber.parse("50011818991231001X", SEPT_2020).valid(), "31 Dec 1899");
    IdNumber.Result first = IdNumber.parse("500118190001010014", SEPT_2020);
    assertTrue(first.valid(), "1 Jan 1900");
    assertEquals(LocalDate.of(1900, 1, 1), first.birthDate());
  }
}
