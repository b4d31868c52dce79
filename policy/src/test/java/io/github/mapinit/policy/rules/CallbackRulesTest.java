package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackRulesTest {

  @Test
  void everyComparatorMethodThatReturnsAComparatorBuildsOne() {
    assertTrue(
        ComparatorChains.buildsComparator("java.util.Comparator", "java.util.Comparator"),
        "Comparator.comparing(w -> counts.get(w)), .reversed(), .thenComparing(..)");
    assertFalse(
        ComparatorChains.buildsComparator("java.util.Comparator", "int"), "compare runs it");
    assertFalse(
        ComparatorChains.buildsComparator("java.util.List", "java.util.Comparator"),
        "a list's own method");
  }

  @Test
  void aHelpersAnswerImpliesWhatEveryPathGivingItAgreesOn() {
    // return configured && started;
    List<Map<String, Boolean>> answeringTrue = List.of(Map.of("configured", true, "started", true));
    List<Map<String, Boolean>> answeringFalse =
        List.of(Map.of("configured", false), Map.of("configured", true, "started", false));
    assertEquals(
        Map.of("configured", true, "started", true), AnsweringHelpers.impliedBy(answeringTrue));
    assertEquals(Map.of(), AnsweringHelpers.impliedBy(answeringFalse), "either may be false");
    // return configured || started; false only where both are
    assertEquals(
        Map.of("configured", false, "started", false),
        AnsweringHelpers.impliedBy(List.of(Map.of("configured", false, "started", false))));
    assertEquals(Map.of(), AnsweringHelpers.impliedBy(List.of()), "an answer never given");
  }
}
