package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.Frame;
import io.github.mapinit.policy.flow.FlagFacts;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.FlagInvariants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The modelled frame (locals and operand stack) plus the states of field places, what boolean flags
 * say about places (policy {@link FlagFacts}), and the test that ends the block (a null test or a
 * flag's), which the edges out of the block refine.
 */
final class NullFrame extends Frame<Value> {

  /**
   * A test of a flag that ends the block: the value the flag has on the taken branch; or, with
   * {@code other}, a comparison of two flags: whether they are equal on the taken branch.
   */
  record FlagTest(
      Flag flag,
      boolean valueOnBranch,
      @Nullable Flag other,
      boolean learnsOnBranch,
      boolean learnsOffBranch) {

    FlagTest(Flag flag, boolean valueOnBranch, @Nullable Flag other) {
      this(flag, valueOnBranch, other, true, true);
    }

    FlagTest(Flag flag, boolean valueOnBranch) {
      this(flag, valueOnBranch, null);
    }

    /**
     * The test of a counter that may go below 0 (policy Counters), as {@code branches} tell it:
     * {@code holdsOnBranch} whether the comparison holds where the branch is taken; null if neither
     * side learns anything.
     */
    static @Nullable FlagTest ofBranches(
        Flag flag, Counters.Branches branches, boolean holdsOnBranch) {
      Boolean taken = holdsOnBranch ? branches.whereHolds() : branches.whereFails();
      Boolean other = holdsOnBranch ? branches.whereFails() : branches.whereHolds();
      if (taken != null) {
        return new FlagTest(flag, taken, null, true, other != null);
      }
      return other == null ? null : new FlagTest(flag, !other, null, false, true);
    }

    /** Whether the edge learns the flag's value: the taken branch, or the other one. */
    boolean learns(boolean taken) {
      return taken ? learnsOnBranch : learnsOffBranch;
    }
  }

  private Map<Place.FieldPlace, PlaceState> fields = new HashMap<>();
  private FlagFacts<Flag, Place> flags = FlagFacts.none();
  private @Nullable Value tested;
  private boolean testedNullOnBranch;
  private @Nullable FlagTest flagTest;

  NullFrame(int numLocals) {
    super(numLocals);
  }

  PlaceState state(Place.FieldPlace place) {
    PlaceState state = fields.get(place);
    return state != null ? state : PlaceState.of(place.defaultBits());
  }

  void setState(Place.FieldPlace place, PlaceState state) {
    if (state.bits() == place.defaultBits() && state.cause() == null) {
      fields.remove(place);
    } else {
      fields.put(place, state);
    }
  }

  Map<Place.FieldPlace, PlaceState> fieldStates() {
    return fields;
  }

  /** Forgets places reached through a receiver held in {@code slot}, which is being overwritten. */
  void forgetReceiverSlot(int slot) {
    fields.keySet().removeIf(p -> p.receiver() == Place.Receiver.LOCAL && p.receiverSlot() == slot);
    flags =
        flags.forgetPlaces(
            p ->
                p instanceof Place.FieldPlace field
                    && field.receiver() == Place.Receiver.LOCAL
                    && field.receiverSlot() == slot);
  }

  /**
   * Whether {@code flag} stands for a presumed object here: a call's result, or a local that still
   * holds a parameter and says nothing else (policy {@code ReferenceValue.PRESUMED_OBJECT}).
   */
  boolean isPresumedObject(@Nullable Flag flag) {
    return presumesObject(flag)
        || (flag instanceof Flag.Local local
            && !flags.flags().contains(local)
            && local.slot() < getNumLocals()
            && presumesObject(getValue(local.slot()).flag()));
  }

  private static boolean presumesObject(@Nullable Flag flag) {
    return flag instanceof Flag.PresumedObject || flag instanceof Flag.EmptyWhereNull;
  }

  FlagFacts<Flag, Place> flags() {
    return flags;
  }

  void setFlags(FlagFacts<Flag, Place> newFlags) {
    flags = newFlags;
  }

  /** The places known non-null here: what a flag set now vouches for. */
  Set<Place> nonNullPlaces() {
    Set<Place> nonNull = new HashSet<>();
    fields.forEach(
        (place, state) -> {
          if (isNonNull(state.bits())) {
            nonNull.add(place);
            if (place.isEntryBound()) {
              // A non-null field vouches for whatever start value it may stand for.
              nonNull.add(new Place.EntryGhost(place.field()));
            }
          }
        });
    for (int slot = 0; slot < getNumLocals(); slot++) {
      Value local = getValue(slot);
      if (isNonNull(local.bits()) && local.flag() == null && local.role() == Value.Role.PLAIN) {
        nonNull.add(new Place.LocalPlace(slot));
      }
    }
    for (Flag flag : flags.flags()) {
      if (flag instanceof Flag.Local local && flags.knownValue(flag).orElse(false)) {
        nonNull.add(new Place.KnownReference(local.slot()));
      }
    }
    return nonNull;
  }

  private static boolean isNonNull(int bits) {
    return bits != 0 && !Nullness.mayBeNull(bits);
  }

  /** A place got a value that may be null: no flag vouches for it now. */
  void placeReassigned(Place place) {
    flags = flags.placeReassigned(place);
  }

  /** Records the flag test ({@code ifeq}, {@code ifne}) that ends the current block. */
  void setFlagTest(FlagTest test) {
    flagTest = test;
  }

  @Nullable FlagTest flagTest() {
    return flagTest;
  }

  /** {@code a == b} ({@code equal}) or {@code a != b} holds here, for two boolean flags. */
  void relateFlags(Flag a, Flag b, boolean equal) {
    flags = flags.relate(a, b, equal);
  }

  /**
   * The side of a flag test where the flag holds {@code value}: false if it cannot hold it here;
   * otherwise the places the flag vouches for become non-null.
   */
  boolean assumeFlag(Flag flag, boolean value) {
    if (flag instanceof Flag.Constant constant) {
      // A decided comparison: only its one side runs.
      return constant.value() == value;
    }
    if (flag instanceof Flag.Answer answer) {
      // A helper's answer: the flags it combines hold what that answer implies.
      for (java.util.Map.Entry<Flag, Boolean> implied :
          (value ? answer.whenTrue() : answer.whenFalse()).entrySet()) {
        FieldKey tracked = answer.trackedFields().get(implied.getKey());
        if (!assumeFlag(implied.getKey(), implied.getValue())
            || (tracked != null
                && !refineOnTest(
                    Value.UNKNOWN.withPlace(ownPlace(tracked)), !implied.getValue()))) {
          return false;
        }
      }
      return true;
    }
    if (flag instanceof Flag.HasNext hasNext) {
      // A true hasNext() says nothing; a false one says the iterator was advanced.
      return value || assumeFlag(new Flag.Unadvanced(hasNext.slot()), false);
    }
    FlagFacts.Branch<Flag, Place> branch = flags.assume(flag, value);
    if (!branch.feasible()) {
      return false;
    }
    flags = branch.facts();
    boolean feasible = true;
    for (Place place : branch.nonNull()) {
      if (place instanceof Place.KnownReference known) {
        // A reference local or parameter that the flag vouches for: its own flag holds now, as
        // after `if (m != null)` (`if (isEmpty(m)) return false;` in a helper of helpers).
        FlagFacts.Branch<Flag, Place> local = flags.assume(new Flag.Local(known.slot()), true);
        feasible &= local.feasible();
        if (local.feasible()) {
          flags = local.facts();
        }
      } else if (!(place instanceof Place.EntryGhost)) {
        feasible &=
            refine(Value.UNKNOWN.withPlace(place), Nullness::whenNonNull, Nullness::whenNonNull);
      }
    }
    return feasible;
  }

  /**
   * Where a method starts: each flag field of the object is assumed to vouch, with either value,
   * for what each map field held there; every exit of every body checks it.
   */
  void assumeFlagInvariants(MethodEnvironment.FlagCandidates candidates) {
    for (Flag.Field flag : candidates.flags()) {
      flags = flags.seed(flag, candidates.ghostsFor(flag));
    }
  }

  /**
   * Where a method that has no object of its own starts (a static one), or one whose object is new
   * (a constructor): each static flag of the class is assumed to vouch for what each static map
   * held there (policy {@code StaticPromises}).
   */
  void assumeStaticFlagInvariants(MethodEnvironment.FlagCandidates candidates) {
    if (candidates.staticGhosts().isEmpty()) {
      return;
    }
    for (Flag.Field flag : candidates.flags()) {
      if (candidates.isStatic(flag)) {
        flags = flags.seed(flag, candidates.staticGhosts());
      }
    }
  }

  /** The place of {@code field} of the running object, or of its class for a static one. */
  static Place.FieldPlace ownPlace(FieldKey field) {
    return new Place.FieldPlace(
        field.isStatic() ? Place.Receiver.STATIC : Place.Receiver.THIS, -1, field);
  }

  /**
   * After a call on the running object that made this frame forget flag fields: the class's
   * promises that held where the call was made ({@code beforeCall}, with {@code nonNullBefore} its
   * non-null places) hold here again (policy {@link FlagInvariants#acrossCall}).
   */
  void carryPromisesAcrossCall(
      FlagFacts<Flag, Place> beforeCall,
      Set<Place> nonNullBefore,
      MethodEnvironment.FlagCandidates candidates) {
    if (!isValid() || candidates.flags().isEmpty() || candidates.fields().isEmpty()) {
      return;
    }
    flags =
        FlagInvariants.acrossCall(
            beforeCall,
            nonNullBefore,
            flags,
            candidates.flags(),
            () -> {
              List<FlagInvariants.Promised<Place>> promised = new ArrayList<>();
              for (FieldKey field : candidates.fields()) {
                promised.add(
                    new FlagInvariants.Promised<>(ownPlace(field), new Place.EntryGhost(field)));
              }
              return promised;
            });
  }

  /**
   * The flag fields of the object, and the class's static ones, that hold one value on every path
   * here (policy {@link FlagInvariants#leftByCallee}).
   */
  Map<Flag.Field, Boolean> ownFlagValues() {
    Map<Flag.Field, Boolean> values = new HashMap<>();
    FlagInvariants.leftByCallee(flags, flag -> flag instanceof Flag.Field)
        .forEach((flag, value) -> values.put((Flag.Field) flag, value));
    return values;
  }

  /**
   * The flag fields that vouch, whichever value they hold here, for {@code field}, by name: each
   * with the values whose word rests on the class's promise for the untouched start value (policy
   * {@link FlagFacts#promisesCovering}).
   */
  Map<String, Set<Boolean>> flagsVouchingForEntryValueOf(FieldKey field) {
    return vouchersFor(field, new Place.EntryGhost(field), false);
  }

  /**
   * Of the flags of the object, those that vouch, with the values whose word rests on the class's
   * promise, for what the local in {@code slot} holds: the start value of {@code field}, which the
   * body then reassigned (see {@link #flagsVouchingForEntryValueOf}).
   */
  Map<String, Set<Boolean>> flagsVouchingForCopyOf(FieldKey field, int slot) {
    return vouchersFor(field, new Place.LocalPlace(slot), true);
  }

  /**
   * The flag fields that vouch for {@code field}, or for {@code standIn}, its start value; with
   * {@code promisedOnly}, only those whose word rests on a promise (a local copy is not the field).
   */
  private Map<String, Set<Boolean>> vouchersFor(
      FieldKey field, Place standIn, boolean promisedOnly) {
    Map<String, Set<Boolean>> vouchers = new HashMap<>();
    Place place = ownPlace(field);
    for (Flag flag : flags.flags()) {
      Flag.Field own =
          flag instanceof Flag.Snapshot snapshot
              ? snapshot.field()
              : flag instanceof Flag.Field f ? f : null;
      if (own != null) {
        // A snapshot of a flag's old value rests on the flag's promise: the fewer values, the
        // better. A static flag vouches only through a promise of the class (policy StaticFlags).
        flags
            .promisesCovering(flag, place, standIn)
            .filter(values -> !promisedOnly || !values.isEmpty())
            .ifPresent(
                values ->
                    vouchers.merge(own.name(), values, (x, y) -> x.size() <= y.size() ? x : y));
      }
    }
    return vouchers;
  }

  /**
   * Whether, here, {@code flag} holding {@code value} still means {@code field} is non-null, given
   * that it did where the method started; {@code nonNull} is this frame's {@link #nonNullPlaces()}.
   */
  boolean keepsFlagInvariant(
      Flag.Field flag, boolean value, Place.FieldPlace field, Set<Place> nonNull) {
    Place ghost = new Place.EntryGhost(field.field());
    if (flags.implies(flag, value, field, nonNull) || flags.implies(flag, value, ghost, nonNull)) {
      return true;
    }
    // A snapshot of the flag's old value that vouches for the field whichever value it holds,
    // resting on no promise but this one (`if (count++ == 0) map = ..;`).
    Optional<Set<Boolean>> promised = flags.promisesCovering(new Flag.Snapshot(flag), field, ghost);
    return promised.isPresent() && Set.of(value).containsAll(promised.get());
  }

  /** The first local that aliases {@code place} (holds the value the field holds), or -1. */
  int localAliasing(Place.FieldPlace place) {
    for (int i = 0; i < getNumLocals(); i++) {
      if (place.equals(getValue(i).alias())) {
        return i;
      }
    }
    return -1;
  }

  /** A field was assigned: locals copied from it no longer follow it. */
  void forgetAliasesOf(Place.FieldPlace place) {
    for (int i = 0; i < getNumSlots(); i++) {
      Value value = getValue(i);
      if (place.equals(value.alias())) {
        setValue(i, value.withoutAlias());
      }
    }
  }

  /** Records the null test ({@code ifnull}, {@code ifnonnull}) that ends the current block. */
  void setTested(Value value, boolean nullOnBranch) {
    tested = value;
    testedNullOnBranch = nullOnBranch;
  }

  void clearTested() {
    tested = null;
    flagTest = null;
  }

  @Nullable Value tested() {
    return tested;
  }

  /** Whether the taken branch (not the fall-through) of the test is the null case. */
  boolean testedNullOnBranch() {
    return testedNullOnBranch;
  }

  void mergeFieldsFrom(NullFrame other) {
    Set<Place.FieldPlace> keys = new HashSet<>(fields.keySet());
    keys.addAll(other.fields.keySet());
    for (Place.FieldPlace place : keys) {
      setState(place, PlaceState.merge(state(place), other.state(place)));
    }
    if (!Objects.equals(tested, other.tested) || testedNullOnBranch != other.testedNullOnBranch) {
      tested = null;
    }
    if (!Objects.equals(flagTest, other.flagTest)) {
      flagTest = null;
    }
  }

  @Override
  public void copyFrom(Frame<Value> other) {
    super.copyFrom(other);
    NullFrame that = (NullFrame) other;
    fields = new HashMap<>(that.fields);
    flags = that.flags;
    tested = that.tested;
    testedNullOnBranch = that.testedNullOnBranch;
    flagTest = that.flagTest;
  }

  @Override
  public boolean sameAs(Frame<Value> other) {
    NullFrame that = (NullFrame) other;
    if (!isValid() || !that.isValid() || !super.sameAs(other)) {
      return super.sameAs(other);
    }
    return fields.equals(that.fields)
        && flags.equals(that.flags)
        && Objects.equals(tested, that.tested)
        && testedNullOnBranch == that.testedNullOnBranch
        && Objects.equals(flagTest, that.flagTest);
  }

  /**
   * Whether {@code value} is null on every path here: a null some statement assigned or, in a
   * constructor ({@code inConstructor}), a field of the new object still holding its default.
   */
  boolean isAlwaysNull(Value value, boolean inConstructor) {
    if (value.place() instanceof Place.FieldPlace field) {
      int bits = state(field).bits();
      if (inConstructor && field.receiver() == Place.Receiver.THIS && !field.field().isStatic()) {
        // A constructor starts with its object's fields null: the entry holds no value.
        bits &= ~Nullness.ENTRY_NONNULL;
        return bits != 0 && (bits & ~(Nullness.NULL | Nullness.ENTRY_NULL)) == 0;
      }
      return bits == Nullness.NULL;
    }
    if (value.place() instanceof Place.LocalPlace local) {
      return getValue(local.slot()).bits() == Nullness.NULL;
    }
    return value.bits() == Nullness.NULL;
  }

  /** After a dereference returned, the value was not null: so are its place and aliases. */
  void markDereferenced(Value value) {
    refine(value, Nullness::afterDereference, Nullness::afterDereference);
  }

  /**
   * Refines the tested value on one side of a null test: the place it came from, the local it was
   * loaded from and the field that local aliases. Returns false when the side is infeasible: a
   * field place has no atom left, or a local known to be null is tested non-null. A local assumed
   * non-null (a call result, a parameter) keeps its state on the null side: it may still be null at
   * run time, but it is not reported.
   */
  boolean refineOnTest(Value value, boolean nullSide) {
    IntUnaryOperator refinement = nullSide ? Nullness::whenNull : Nullness::whenNonNull;
    return refine(value, refinement, refinement);
  }

  private boolean refine(
      Value value, IntUnaryOperator fieldRefinement, IntUnaryOperator localRefinement) {
    boolean feasible = true;
    if (value.place() instanceof Place.FieldPlace) {
      feasible &= refineField((Place.FieldPlace) value.place(), fieldRefinement);
    }
    Place.FieldPlace alias = value.alias();
    if (value.place() instanceof Place.LocalPlace) {
      int slot = ((Place.LocalPlace) value.place()).slot();
      Value local = getValue(slot);
      int bits = localRefinement.applyAsInt(local.bits());
      if (bits != 0) {
        setValue(slot, local.withBits(bits));
      } else if (!Nullness.mayBeNonNull(local.bits())) {
        feasible = false;
      }
      if (local.alias() != null) {
        alias = local.alias();
      }
    }
    if (alias != null) {
      feasible &= refineField(alias, fieldRefinement);
    }
    return feasible;
  }

  private boolean refineField(Place.FieldPlace place, IntUnaryOperator refinement) {
    PlaceState state = state(place);
    int bits = refinement.applyAsInt(state.bits());
    if (bits == 0) {
      return false;
    }
    setState(place, state.withBits(bits));
    return true;
  }
}
