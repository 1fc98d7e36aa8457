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
}
