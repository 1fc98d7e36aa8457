package org.employmentmonitor.ingest.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
  @Test
  void checkCharacterFollowsGb32100() {
    // A published code: 91350100M000100Y43 (check character 3).
    assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    assertNull(CreditCode.validate("91350100M000100Y43"));
  }

  @Test
  void wrongCheckCharacterIsInvalid() {
    assertNotNull(CreditCode.validate("91350100M000100Y44"));
  }

  @Test
  void lettersOutsideTheAlphabetAreInvalid() {
    // I, O, S, V and Z are not used by GB 32100.
    String withI = "91350100I000100Y4";
    assertNotNull(CreditCode.validate(withI + "3"));
  }

  @Test
  void lengthMustBe18() {
    assertNotNull(CreditCode.validate("91350100M000100Y4"));
    assertNotNull(CreditCode.validate("91350100M000100Y433"));
  }

  @Test
  void checkValueZeroMapsToDigitZero() {
    // (31 - sum mod 31) mod 31 = 0 must give '0', not '31'.
    for (int n = 0; n < 2000; n++) {
      String first17 = "91500118MA" + String.format("%07d", n);
      char c = CreditCode.checkCharacter(first17);
      assertNull(CreditCode.validate(first17 + c), first17 + c);
    }
  }

  @Test
  void onlyAsciiLettersAreUpperCased() {
    assertNull(CreditCode.validate("91350100m000100y43"));
    assertEquals("91350100M000100Y43", CreditCode.fold("91350100m000100y43"));
  }

  @Test
  void aLigatureDoesNotGrowA17CharacterCodeTo18() {
    // Issue 27: "ﬀ" (U+FB00) upper-cases to "FF"; 91350100FF00010002 is a valid code, but the
    // value delivered has 17 characters.
    assertNull(CreditCode.validate("91350100FF00010002"));
    String ligature = "91350100\uFB0000010002";
    assertEquals(17, ligature.length());
    assertEquals("must have 18 characters", CreditCode.validate(ligature));
    assertNull(CreditCode.fold(ligature));
    // In an 18-character value it is a character outside the alphabet, named by its position.
    assertEquals(
        "character 9 is not allowed (GB 32100 uses 0-9 and A-Y without I, O, S, V, Z)",
        CreditCode.validate("91350100\uFB00F00010002"));
    // Nor does the dotless ı (U+0131) become an I, or the long ſ (U+017F) an S.
    assertNotNull(CreditCode.validate("91350100\u0131000100Y43"));
    assertNull(CreditCode.fold("91350100\u017F000100Y43"));
  }
}
