package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.policy.flow.FlagFacts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Promises of the class across a call on the running object (spec 8, last paragraph). */
final class FlagInvariantsTest {

  private static final List<String> FLAGS = List.of("multi");

  private static final List<FlagInvariants.Promised<String>> MAP =
      List.of(new FlagInvariants.Promised<>("map", "map@entry"));

  @Test
  void aPromiseThatHeldBeforeTheCallHoldsAfterIt() {
    FlagFacts<String, String> atStart =
        FlagFacts.<String, String>none().seed("multi", Set.of("map@entry"));
    FlagFacts<String, String> forgotten = atStart.forget("multi");

    FlagFacts<String, String> afterCall =
        FlagInvariants.acrossCall(atStart, Set.of(), forgotten, FLAGS, () -> MAP);

    assertTrue(afterCall.vouches("multi", true, "map@entry"));
    assertTrue(afterCall.vouches("multi", false, "map@entry"));
  }

  @Test
  void aPromiseBrokenWhereTheCallIsMadeIsNotCarriedPastIt() {
    // multi = true; reset(); map = new HashMap<>(): the call runs while the promise is broken.
    FlagFacts<String, String> broken =
        FlagFacts.<String, String>none().assignConstant("multi", true, Set.of());
    FlagFacts<String, String> forgotten = broken.forget("multi");

    FlagFacts<String, String> afterCall =
        FlagInvariants.acrossCall(broken, Set.of(), forgotten, FLAGS, () -> MAP);

    assertFalse(afterCall.vouches("multi", true, "map@entry"));
    // The false value could not hold before the call, so its promise held trivially.
    assertTrue(afterCall.vouches("multi", false, "map@entry"));
  }

  @Test
  void aFlagTheCallLeftAloneKeepsWhatItSaid() {
    FlagFacts<String, String> known =
        FlagFacts.<String, String>none().assignConstant("multi", false, Set.of());

    FlagFacts<String, String> afterCall =
        FlagInvariants.acrossCall(known, Set.of(), known, FLAGS, () -> MAP);

    assertFalse(afterCall.assume("multi", true).feasible());
  }
}
