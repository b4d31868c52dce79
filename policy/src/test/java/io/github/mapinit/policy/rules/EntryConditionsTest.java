package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.policy.flow.FlagFacts;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A callee's use reached under conditions on its entry flags, seen from a call site. */
final class EntryConditionsTest {

  @Test
  void aTestOfAFlagAtItsEntryValueIsAConditionOfWhatFollows() {
    FlagFacts<String, String> atStart =
        FlagFacts.<String, String>none().startingWith(Set.of("normalShutdown"));

    FlagFacts<String, String> guarded = atStart.assume("normalShutdown", true).facts();

    assertEquals(Map.of("normalShutdown", true), guarded.entryValues());
  }

  @Test
  void theCallerKnowsAStaticFlagWhateverTheCallRunsOnAndAnObjectsFlagOnlyOnItsOwnObject() {
    assertTrue(EntryConditions.callerKnowsFlagField(true, false));
    assertTrue(EntryConditions.callerKnowsFlagField(true, true));
    assertTrue(EntryConditions.callerKnowsFlagField(false, true));
    assertFalse(EntryConditions.callerKnowsFlagField(false, false));
  }

  @Test
  void aLambdaRunAtOnceStartsWithItsCreatorsFlagsAndOneKeptForLaterDoesNot() {
    assertTrue(EntryConditions.creatorKnowsFlagField(true), "forEach(e -> register(e))");
    assertFalse(EntryConditions.creatorKnowsFlagField(false), "timer.schedule(() -> ..)");
  }

  @Test
  void aFlagGivenANewValueIsNoConditionOnTheStart() {
    FlagFacts<String, String> atStart =
        FlagFacts.<String, String>none().startingWith(Set.of("normalShutdown"));

    FlagFacts<String, String> assigned = atStart.assignConstant("normalShutdown", true, Set.of());

    assertEquals(Map.of(), assigned.entryValues());
    assertFalse(assigned.holdsEntryValue("normalShutdown"));
  }

  @Test
  void aJoinKeepsAConditionOnlyWhereBothPathsTestedTheSameValue() {
    FlagFacts<String, String> atStart =
        FlagFacts.<String, String>none().startingWith(Set.of("a", "b"));
    FlagFacts<String, String> left = atStart.assume("a", true).facts().assume("b", true).facts();
    FlagFacts<String, String> right = atStart.assume("a", true).facts().assume("b", false).facts();

    assertEquals(Map.of("a", true), left.join(right, Set.of(), Set.of()).entryValues());
  }

  @Test
  void aCallSiteThatRulesOutAConditionDoesNotReachTheUse() {
    Map<String, Boolean> conditions = Map.of("normalShutdown", true);

    assertFalse(EntryConditions.reachable(conditions, (flag, value) -> !value));
    assertTrue(EntryConditions.reachable(conditions, (flag, value) -> true));
  }

  @Test
  void aCalleeConditionOnAFieldTheCallerLeftAloneBecomesTheCallersCondition() {
    FlagFacts<String, String> caller =
        FlagFacts.<String, String>none().startingWith(Set.of("store", "open"));
    FlagFacts<String, String> atCall = caller.assume("open", true).facts();

    assertEquals(
        Map.of("open", true, "store", false),
        EntryConditions.throughCall(
            atCall,
            Map.of("store", false, "normalShutdown", true),
            flag -> !flag.equals("normalShutdown")));
    assertEquals(
        Map.of(),
        EntryConditions.throughCall(
            caller.assignConstant("store", true, Set.of()).forget("open"),
            Map.of("store", true),
            flag -> true));
  }

  @Test
  void aCalleesWordOnItsStartValueHoldsWhereTheCallerKeepsThePromiseItRestsOn() {
    // set(k, v) { remove(k); add(k, v); }: after remove(), the promise `open -> values` is carried
    // to the field's stand-in; add()'s own test of `open` vouches for the map it finds.
    FlagFacts<String, String> afterRemove =
        FlagFacts.<String, String>none()
            .seed("open", Set.of("values@start"))
            .forget("open")
            .promise("open", true, "values@start");

    assertEquals(
        Map.of("open", Set.of(true)),
        EntryConditions.vouchersThroughCall(
            afterRemove,
            Map.of(),
            Map.of("open", Set.of(true)),
            flag -> true,
            "values",
            "values@start"));
  }

  @Test
  void aCalleesWordFailsWhereTheCallerMayHaveBrokenThePromise() {
    // values = null; add(k, v);: nothing vouches for the map where the call is made.
    FlagFacts<String, String> afterReset =
        FlagFacts.<String, String>none()
            .seed("open", Set.of("values@start"))
            .placeReassigned("values@start");

    assertEquals(
        Map.of(),
        EntryConditions.vouchersThroughCall(
            afterReset,
            Map.of(),
            Map.of("open", Set.of(true)),
            flag -> true,
            "values",
            "values@start"));
    assertEquals(
        Map.of(),
        EntryConditions.vouchersThroughCall(
            afterReset,
            Map.of(),
            Map.of("open", Set.of(true)),
            flag -> false,
            "values",
            "values@start"));
  }
}
