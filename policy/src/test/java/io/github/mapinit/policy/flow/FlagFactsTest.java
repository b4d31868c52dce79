package io.github.mapinit.policy.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Spec 8's last paragraph on the shared domain: what a flag says survives exactly as long as it is
 * true.
 */
final class FlagFactsTest {

  private static final FlagFacts<String, String> NONE = FlagFacts.none();

  @Test
  void aParameterTestedTwiceVouchesOnTheSecondTestForWhatTheFirstAssigned() {
    // if (!eager) cache = new HashMap<>();   (then: eager false, cache non-null; else: eager true)
    FlagFacts<String, String> assigned = NONE.assume("eager", false).facts();
    FlagFacts<String, String> skipped = NONE.assume("eager", true).facts();
    FlagFacts<String, String> joined = assigned.join(skipped, Set.of("cache"), Set.of());

    // if (!eager) cache.remove(k);
    FlagFacts.Branch<String, String> secondTest = joined.assume("eager", false);
    assertTrue(secondTest.feasible());
    assertEquals(Set.of("cache"), secondTest.nonNull());
    // if (eager) cache.put(k, v);  still a null path
    assertEquals(Set.of(), joined.assume("eager", true).nonNull());
  }

  @Test
  void aDecreaseKeepsWhatTheOldValueVouchedForWhicheverValueItLeaves() {
    // if (depth == 0) throw ..;  the promise "depth false: pending" vouches for pending's start.
    FlagFacts<String, String> checked =
        NONE.seed("depth", Set.of("pending@entry")).assume("depth", false).facts();
    // --depth: the snapshot keeps the old value; the counter's is unknown.
    FlagFacts<String, String> decreased =
        checked.assignCopy("depth'", "depth").forget("depth").vouchingAsBefore("depth", "depth'");
    assertTrue(decreased.vouches("depth", false, "pending@entry"));
    assertTrue(decreased.vouches("depth", true, "pending@entry"));
    // if (--depth == 0) pending = null;  where the paths meet, "depth false: pending" holds.
    FlagFacts<String, String> reset =
        decreased.assume("depth", true).facts().placeReassigned("pending@entry");
    FlagFacts<String, String> kept = decreased.assume("depth", false).facts();
    FlagFacts<String, String> joined = kept.join(reset, Set.of(), Set.of());
    assertTrue(joined.vouches("depth", false, "pending@entry"));
    assertFalse(joined.vouches("depth", true, "pending@entry"));
    // Where nothing told the old value, a decrease keeps nothing.
    FlagFacts<String, String> unchecked =
        NONE.seed("depth", Set.of("pending@entry"))
            .assignCopy("depth'", "depth")
            .forget("depth")
            .vouchingAsBefore("depth", "depth'");
    assertFalse(unchecked.vouches("depth", false, "pending@entry"));
  }

  @Test
  void aLocalSetWithTheMapVouchesUntilTheMapIsReassigned() {
    FlagFacts<String, String> created = NONE.assignConstant("created", true, Set.of("cache"));
    FlagFacts<String, String> notCreated = NONE.assignConstant("created", false, Set.of());
    FlagFacts<String, String> joined = created.join(notCreated, Set.of("cache"), Set.of());

    assertEquals(Set.of("cache"), joined.assume("created", true).nonNull());
    assertEquals(Set.of(), joined.placeReassigned("cache").assume("created", true).nonNull());
    assertEquals(Set.of(), joined.forget("created").assume("created", true).nonNull());
  }

  @Test
  void anAssignmentThatLeavesTheValueAsItWasKeepsWhatItVouchedFor() {
    // if (link != CONNECTED) return;  (link == OFFLINE: false, vouching on the promise for desired)
    FlagFacts<String, String> seeded = NONE.seed("offline", Set.of("desired@entry"));
    FlagFacts<String, String> tested = seeded.assume("offline", false).facts();
    // link = SYNCING;  link = CONNECTED;
    FlagFacts<String, String> moved =
        tested
            .reassignConstant("offline", false, Set.of())
            .reassignConstant("offline", false, Set.of("other"));
    assertTrue(moved.vouches("offline", false, "desired@entry"));
    assertTrue(moved.vouches("offline", false, "other"));
    assertFalse(moved.assume("offline", true).feasible());
    // link = OFFLINE: the other value, which vouches only for what is non-null now.
    FlagFacts<String, String> dropped = moved.reassignConstant("offline", true, Set.of());
    assertFalse(dropped.vouches("offline", true, "desired@entry"));
    // Where the old value is unknown, nothing is kept.
    assertFalse(
        seeded
            .reassignConstant("offline", false, Set.of())
            .vouches("offline", false, "desired@entry"));
  }

  @Test
  void aRemovalKeepsWhatANonEmptyCollectionVouchedForAndEmptiesNothingBack() {
    // order.add(x) with positions created: non-empty vouches for positions; empty for nothing.
    FlagFacts<String, String> filled = NONE.assignConstant("empty", false, Set.of("positions"));
    // order.remove(x): it may be empty now, but only a non-empty one was emptied.
    FlagFacts<String, String> removed = filled.mayTurn("empty", true, Set.of());
    assertTrue(removed.assume("empty", true).feasible());
    assertEquals(Set.of("positions"), removed.assume("empty", false).nonNull());
    assertEquals(Set.of("positions"), removed.assume("empty", true).nonNull());
    // Empty and vouching for a fallback: a removal keeps it empty and the fallback vouched for.
    FlagFacts<String, String> empty = NONE.assignConstant("empty", true, Set.of("fallback"));
    FlagFacts<String, String> still = empty.mayTurn("empty", true, Set.of());
    assertFalse(still.assume("empty", false).feasible());
    assertEquals(Set.of("fallback"), still.assume("empty", true).nonNull());
  }

  @Test
  void aValueTheFlagCannotHoldMakesTheBranchInfeasible() {
    FlagFacts<String, String> done = NONE.assignConstant("done", true, Set.of());
    assertFalse(done.assume("done", false).feasible());
    assertTrue(done.assume("done", true).feasible());
  }

  @Test
  void aJoinKeepsOnlyWhatHoldsOnBothPaths() {
    FlagFacts<String, String> one = NONE.assignConstant("ready", true, Set.of("index", "names"));
    FlagFacts<String, String> other = NONE.assignConstant("ready", true, Set.of("index"));
    // Neither map is non-null for certain where the paths meet (each was vouched for by a test).
    FlagFacts<String, String> joined = one.join(other, Set.of(), Set.of());
    assertEquals(Set.of("index"), joined.assume("ready", true).nonNull());
    // A path that knows nothing about the flag vouches for nothing.
    assertTrue(joined.join(NONE, Set.of(), Set.of()).isEmpty());
  }

  @Test
  void aCopyTakesWhatTheSourceSaysNow() {
    FlagFacts<String, String> known =
        NONE.assignConstant("found", true, Set.of("lookup")).assignCopy("known", "found");
    assertEquals(Set.of("lookup"), known.forget("found").assume("known", true).nonNull());
    assertTrue(
        known.forgetFlags(flag -> flag.startsWith("k")).assume("known", true).nonNull().isEmpty());
  }

  @Test
  void aPresumedObjectKeepsAPromiseButNotATestOfNull() {
    // if (zones.isEmpty()) { flat = standard(); byZone = null; }
    // else { flat = null; byZone = new HashMap<>(..); }
    FlagFacts<String, String> flatTariff = NONE.assignPresumed("flat", true, Set.of());
    FlagFacts<String, String> byZones = NONE.assignConstant("flat", false, Set.of("byZone"));
    FlagFacts<String, String> joined = flatTariff.join(byZones, Set.of(), Set.of("byZone"));

    // The promise "flat == null => byZone != null" holds where the constructor returns...
    assertTrue(joined.implies("flat", false, "byZone", Set.of()));
    assertFalse(joined.implies("flat", true, "byZone", Set.of()));
    // ...and a test of the call's result for null stays feasible, learning nothing from it.
    FlagFacts.Branch<String, String> tested = flatTariff.assume("flat", false);
    assertTrue(tested.feasible());
    assertEquals(Set.of(), tested.nonNull());
    assertFalse(tested.facts().implies("flat", false, "byZone", Set.of()));
  }

  @Test
  void aTestOfOneFlagTellsARelatedFlagToo() {
    // if (forSer == forDeser) throw ..;  if (forSer) { ids = null; } else { ids = new ..; }
    FlagFacts<String, String> related = NONE.relate("forSer", "forDeser", false);
    FlagFacts<String, String> serialising = related.assume("forSer", true).facts();
    FlagFacts<String, String> deserialising = related.assume("forSer", false).facts();
    FlagFacts<String, String> joined = serialising.join(deserialising, Set.of(), Set.of("ids"));

    // if (forDeser) ids.get(..);  only the path that created ids
    assertEquals(Set.of("ids"), joined.assume("forDeser", true).nonNull());
    // Both flags true at once cannot happen where they were found different.
    assertFalse(joined.assume("forSer", true).facts().assume("forDeser", true).feasible());
    // A new value of either ends the relation.
    assertTrue(
        related.assignConstant("forDeser", true, Set.of()).assume("forSer", true).feasible());
  }

  @Test
  void aSeedVouchesForItsStandInsUntilOneIsReassigned() {
    // Where a method starts: "ready" vouches, either way, for what both maps held there.
    FlagFacts<String, String> seeded = NONE.seed("ready", Set.of("index@entry", "names@entry"));
    assertTrue(seeded.vouches("ready", true, "index@entry"));
    assertTrue(seeded.vouches("ready", false, "names@entry"));

    // index = loadIndex();   only that stand-in leaves the flag's word.
    FlagFacts<String, String> reassigned = seeded.placeReassigned("index@entry");
    assertFalse(reassigned.vouches("ready", true, "index@entry"));
    assertTrue(reassigned.vouches("ready", true, "names@entry"));
    // A named place is not a stand-in: a predicate over named places leaves stand-ins alone.
    assertTrue(seeded.forgetPlaces(place -> true).vouches("ready", true, "names@entry"));
    // A test of the flag names no stand-in for the engine to refine.
    assertEquals(Set.of(), seeded.assume("ready", true).nonNull());
    assertTrue(seeded.assume("ready", true).facts().vouches("ready", true, "index@entry"));
  }

  @Test
  void aJoinOfSeededPathsLosesWhatEitherPathLost() {
    FlagFacts<String, String> seeded = NONE.seed("ready", Set.of("index@entry", "names@entry"));
    FlagFacts<String, String> reassigned = seeded.placeReassigned("index@entry");

    FlagFacts<String, String> joined = seeded.join(reassigned, Set.of(), Set.of());
    assertFalse(joined.vouches("ready", true, "index@entry"));
    assertTrue(joined.vouches("ready", true, "names@entry"));
    // Unless the lost place is non-null on that path anyway.
    FlagFacts<String, String> nonNullThere =
        seeded.join(reassigned, Set.of(), Set.of("index@entry"));
    assertTrue(nonNullThere.vouches("ready", true, "index@entry"));
    // A place non-null on both paths is the joined store's to tell, not the flag's.
    FlagFacts<String, String> nonNullOnBoth =
        seeded.join(
            seeded.placeReassigned("names@entry"), Set.of("names@entry"), Set.of("names@entry"));
    assertFalse(nonNullOnBoth.vouches("ready", true, "names@entry"));
    assertTrue(nonNullOnBoth.vouches("ready", true, "index@entry"));
  }

  @Test
  void aJoinWithAPathThatSetTheFlagComparesPlaceByPlace() {
    FlagFacts<String, String> seeded = NONE.seed("ready", Set.of("index@entry", "names@entry"));
    // ready = true; where only index is known non-null.
    FlagFacts<String, String> set =
        seeded.assignConstant("ready", true, Set.of("index", "index@entry"));

    FlagFacts<String, String> joined = seeded.join(set, Set.of(), Set.of("index", "index@entry"));
    assertTrue(joined.vouches("ready", true, "index@entry"));
    assertFalse(joined.vouches("ready", true, "names@entry"));
    // "ready" cannot be false on the second path, so the first path's word stands.
    assertTrue(joined.vouches("ready", false, "names@entry"));
    assertTrue(joined.vouches("ready", false, "index@entry"));
  }
}
