package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.StateQuery;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A use reached only past the object's own answer about itself (spec 8, a protocol). */
final class StateQueriesTest {

  private static final NullCause UNASSIGNED =
      new NullCause.ConstructorLeavesUnassigned(12, "Columns()", 14);

  private static final Optional<StateQuery> POLYMORPHIC =
      Optional.of(new StateQuery("isPolymorphic()", true));

  @Test
  void aCallOrderFindingUnderTheObjectsOwnAnswerIsLowAndSaysWhatItAssumes() {
    Assessment guarded = StateQueries.guarded(UNASSIGNED, Assessment.medium(), () -> POLYMORPHIC);

    assertEquals(Confidence.LOW, guarded.confidence());
    assertEquals(
        ", if `isPolymorphic()` can return true before it is created", guarded.condition());
  }

  @Test
  void aNullThatNoAnswerMakesSafeStaysHigh() {
    assertEquals(
        Assessment.CERTAIN,
        StateQueries.guarded(UNASSIGNED, Assessment.CERTAIN, () -> POLYMORPHIC));
  }

  @Test
  void aLowFindingKeepsItsOwnCondition() {
    Assessment protocol = Assessment.low(", if `start()` has not run first");

    assertEquals(protocol, StateQueries.guarded(UNASSIGNED, protocol, () -> POLYMORPHIC));
  }

  @Test
  void anUnguardedUseKeepsItsConfidence() {
    assertEquals(
        Assessment.medium(),
        StateQueries.guarded(UNASSIGNED, Assessment.medium(), Optional::empty));
  }

  @Test
  void aResetByAnotherMethodStaysMedium() {
    NullCause reset = new NullCause.ResetElsewhere(30, "close()", true);

    assertEquals(
        Assessment.medium(), StateQueries.guarded(reset, Assessment.medium(), () -> POLYMORPHIC));
  }
}
