package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.mapinit.policy.rules.BitFlags.Answer;
import io.github.mapinit.policy.rules.BitFlags.Update;
import org.junit.jupiter.api.Test;

class BitFlagsTest {

  private static final long HAS_POOL = 1;
  private static final long SEALED = 2;
  private static final long VERBOSE = 4;

  @Test
  void aComparisonOfMaskedBitsWithZeroOrTheSingleBitTestsTheFlag() {
    assertEquals(Boolean.TRUE, BitFlags.flagWhereHolds(IntComparison.NOT_EQUAL, HAS_POOL, 0));
    assertEquals(Boolean.FALSE, BitFlags.flagWhereHolds(IntComparison.EQUAL, HAS_POOL, 0));
    assertEquals(Boolean.TRUE, BitFlags.flagWhereHolds(IntComparison.EQUAL, VERBOSE, VERBOSE));
    assertEquals(Boolean.FALSE, BitFlags.flagWhereHolds(IntComparison.NOT_EQUAL, VERBOSE, VERBOSE));
    // `(f & 3) == 3` asks whether both bits are set, which is no flag of one test.
    assertNull(BitFlags.flagWhereHolds(IntComparison.EQUAL, HAS_POOL | SEALED, HAS_POOL | SEALED));
    assertNull(BitFlags.flagWhereHolds(IntComparison.GREATER, HAS_POOL, 0));
    assertEquals(HAS_POOL, BitFlags.maskOf(BitFlags.test(HAS_POOL)));
    assertNull(BitFlags.maskOf("== 1"));
    assertEquals(Boolean.TRUE, ConstantTests.answerFor(BitFlags.test(VERBOSE), 5));
    assertEquals(Boolean.FALSE, ConstantTests.answerForDefault(BitFlags.test(VERBOSE)));
  }

  @Test
  void updatesSetClearOrLeaveEachMask() {
    Update setPool = Update.unchanged().or(HAS_POOL);
    assertEquals(Answer.SET, setPool.answer(HAS_POOL));
    assertEquals(Answer.UNCHANGED, setPool.answer(VERBOSE));
    Update dropPool = Update.unchanged().and(~(HAS_POOL | SEALED));
    assertEquals(Answer.CLEAR, dropPool.answer(HAS_POOL));
    assertEquals(Answer.CLEAR, dropPool.answer(SEALED));
    assertEquals(Answer.UNCHANGED, dropPool.answer(VERBOSE));
    // flags = verbose ? flags | VERBOSE : flags & ~VERBOSE
    Update either = Update.unchanged().or(VERBOSE).or(Update.unchanged().and(~VERBOSE));
    assertEquals(Answer.UNKNOWN, either.answer(VERBOSE));
    assertEquals(Answer.UNCHANGED, either.answer(HAS_POOL));
    // flags ^= focused ? 0 : FOCUSED
    Update toggled = Update.unchanged().or(Update.unchanged().xor(SEALED));
    assertEquals(Answer.UNKNOWN, toggled.answer(SEALED));
    assertEquals(Answer.UNCHANGED, toggled.answer(HAS_POOL));
    assertEquals(Answer.SET, Update.constant(5).answer(VERBOSE));
    assertEquals(Answer.CLEAR, Update.constant(5).answer(SEALED));
    assertEquals(Answer.UNKNOWN, Update.anything().answer(SEALED));
    // A known bit flips: set, then toggled, is clear.
    assertEquals(Answer.CLEAR, setPool.xor(HAS_POOL).answer(HAS_POOL));
    // Part of a mask cleared and the rest left says nothing of the mask.
    assertEquals(Answer.UNKNOWN, Update.unchanged().and(~HAS_POOL).answer(HAS_POOL | SEALED));
  }
}
