package io.github.mapinit.policy.flow;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What boolean variables say about places on one path (spec 8, last paragraph: correlated
 * conditions are not joined into a false path). After {@code created = true} at a point where
 * {@code cache} is non-null, a later test that finds {@code created} true finds {@code cache}
 * non-null, as long as neither was assigned since; a join keeps such a fact only if it holds on
 * both sides, where a side on which the flag cannot hold that value holds it trivially. That is
 * what turns {@code if (!eager) cache = new HashMap<>(); ... if (!eager) cache.remove(k);} into one
 * feasible path per value of {@code eager} instead of a null path through both tests.
 *
 * <p>Immutable. A flag is a boolean the engine can follow: a local, a parameter, or a field of the
 * analysed object or class; a place is whatever the engine tracks the nullness of. The engine tells
 * this value which places are non-null when it needs to know, so it holds no nullness of its own.
 *
 * @param <F> a flag
 * @param <P> a place
 */
public final class FlagFacts<F, P> {

  /**
   * Beyond this many flags in one body, a new flag is not followed: the cost stays bounded. The
   * flag fields a class seeds into every body come first, so a class with many of them must leave
   * room for a body's own locals (hibernate's BaseSqmToSqlAstConverter seeds some two dozen).
   */
  private static final int MAX_FLAGS = 32;

  /**
   * After this many rounds of a body's dataflow over its blocks, a join drops the flags ({@link
   * #none()}) where the state there still changes, which ends the analysis: under the bound above,
   * a join of flags is not monotone in a body that has more (a constructor of a class with some
   * thirty boolean and int fields), and such a body could otherwise go round for ever. (Error
   * Prone's dataflow counts stores that reach a block instead; it has its own, larger, bound.)
   */
  public static final int ROUNDS_BEFORE_WIDENING = 40;

  private static final FlagFacts<?, ?> NONE = new FlagFacts<>(Map.of(), Map.of(), Set.of());

  /**
   * What one value of a flag tells: nothing holds it here, or the analysis presumes nothing does,
   * or these places are non-null: those {@code named}, and the {@code standIns} of a seed that were
   * not lost since. A seed's stand-ins stay the one set the seed was given, shared by every side
   * that descends from it, so that seeding, testing and joining cost nothing per stand-in however
   * many fields a class has; only the few lost ones are listed.
   *
   * <p>Invariants: no named place is a stand-in, and every lost place is one.
   *
   * @param presumedNot the value is ruled out only by the analysis's presumption that a call's
   *     result or a parameter is an object: a promise may count on it, a test of it stays feasible
   */
  private record Side<P>(
      boolean impossible, boolean presumedNot, Set<P> named, Set<P> standIns, Set<P> lostStandIns) {

    static <P> Side<P> unknown() {
      return new Side<>(false, false, Set.of(), Set.of(), Set.of());
    }

    static <P> Side<P> cannotHold() {
      return new Side<>(true, false, Set.of(), Set.of(), Set.of());
    }

    static <P> Side<P> presumedNotHeld() {
      return new Side<>(false, true, Set.of(), Set.of(), Set.of());
    }

    static <P> Side<P> vouchingFor(Set<P> nonNull) {
      return new Side<>(false, false, Set.copyOf(nonNull), Set.of(), Set.of());
    }

    static <P> Side<P> seededWith(Set<P> standIns) {
      return new Side<>(false, false, Set.of(), Set.copyOf(standIns), Set.of());
    }

    boolean ruledOut() {
      return impossible || presumedNot;
    }

    boolean vouchesFor(P place) {
      return named.contains(place) || (standIns.contains(place) && !lostStandIns.contains(place));
    }

    boolean implies(P place, Set<P> nonNullHere) {
      return ruledOut() || vouchesFor(place) || nonNullHere.contains(place);
    }

    boolean tellsNothing() {
      return !ruledOut() && named.isEmpty() && lostStandIns.size() == standIns.size();
    }

    /** The same side, on a path where the flag is known to hold its value. */
    Side<P> held() {
      return new Side<>(false, false, named, standIns, lostStandIns);
    }

    /** This side, vouching for {@code place} as well. */
    Side<P> with(P place) {
      if (standIns.contains(place)) {
        return new Side<>(
            impossible, presumedNot, named, standIns, minus(lostStandIns, place::equals));
      }
      Set<P> more = new HashSet<>(named);
      more.add(place);
      return new Side<>(impossible, presumedNot, Set.copyOf(more), standIns, lostStandIns);
    }

    /** This side, no longer vouching for {@code place}. */
    Side<P> without(P place) {
      boolean isNamed = named.contains(place);
      boolean liveStandIn = standIns.contains(place) && !lostStandIns.contains(place);
      if (!isNamed && !liveStandIn) {
        return this;
      }
      Set<P> lost = lostStandIns;
      if (liveStandIn) {
        Set<P> more = new HashSet<>(lostStandIns);
        more.add(place);
        lost = Set.copyOf(more);
      }
      return new Side<>(impossible, presumedNot, minus(named, place::equals), standIns, lost);
    }

    /** This side, no longer vouching for the named places that {@code reassigned} matches. */
    Side<P> withoutNamed(Predicate<? super P> reassigned) {
      Set<P> rest = minus(named, reassigned);
      return rest == named
          ? this
          : new Side<>(impossible, presumedNot, rest, standIns, lostStandIns);
    }

    /** The same places, every one named: for a join with a side of another seed. */
    Side<P> allNamed() {
      if (standIns.isEmpty()) {
        return this;
      }
      Set<P> all = new HashSet<>(named);
      for (P standIn : standIns) {
        if (!lostStandIns.contains(standIn)) {
          all.add(standIn);
        }
      }
      return new Side<>(impossible, presumedNot, Set.copyOf(all), Set.of(), Set.of());
    }

    private static <P> Set<P> minus(Set<P> places, Predicate<? super P> removed) {
      if (places.stream().noneMatch(removed)) {
        return places;
      }
      Set<P> rest = new HashSet<>(places);
      rest.removeIf(removed);
      return Set.copyOf(rest);
    }

    @Override
    public int hashCode() {
      // A seed's stand-ins may be many; their count tells sides apart well enough.
      return Objects.hash(impossible, presumedNot, named, standIns.size(), lostStandIns);
    }

    @Override
    public String toString() {
      if (ruledOut()) {
        return impossible ? "impossible" : "presumed not";
      }
      return named
          + (standIns.isEmpty()
              ? ""
              : " + " + (standIns.size() - lostStandIns.size()) + " stand-ins");
    }
  }

  private record Sides<P>(Side<P> whenTrue, Side<P> whenFalse) {

    Side<P> get(boolean value) {
      return value ? whenTrue : whenFalse;
    }

    static <P> Sides<P> of(boolean value, Side<P> side, Side<P> other) {
      return value ? new Sides<>(side, other) : new Sides<>(other, side);
    }
  }

  /**
   * A test of a flag: whether the branch can be taken, and what it learns: the places the flag
   * names as non-null there. A seed's stand-ins are not among them: they are hypotheses about
   * values where the body started, not places the engine refines ({@link #vouches} tells them).
   */
  public record Branch<F, P>(boolean feasible, Set<P> nonNull, FlagFacts<F, P> facts) {}

  private final Map<F, Sides<P>> flags;

  /**
   * Flags known equal (true) or opposite (false) to others here, both ways: after {@code if (a ==
   * b) throw ..;} a test of {@code a} tells {@code b} as well.
   */
  private final Map<F, Map<F, Boolean>> relations;

  /**
   * Flags that still hold the value they had where the body started, on every path here: a test of
   * one tells what the body's caller passed in or left there ({@link #entryValues}).
   */
  private final Set<F> atEntryValue;

  private FlagFacts(
      Map<F, Sides<P>> flags, Map<F, Map<F, Boolean>> relations, Set<F> atEntryValue) {
    this.flags = flags;
    this.relations = relations;
    this.atEntryValue = atEntryValue;
  }

  /** The same set of flags at their entry value, without {@code changed}. */
  private Set<F> atEntryValueWithout(Predicate<? super F> changed) {
    if (atEntryValue.isEmpty() || atEntryValue.stream().noneMatch(changed)) {
      return atEntryValue;
    }
    Set<F> kept = new HashSet<>(atEntryValue);
    kept.removeIf(changed);
    return Set.copyOf(kept);
  }

  /** The same relations, without those of the flags that just got a new value. */
  private Map<F, Map<F, Boolean>> relationsWithout(Predicate<? super F> reassigned) {
    if (relations.isEmpty()) {
      return relations;
    }
    Map<F, Map<F, Boolean>> kept = new HashMap<>();
    relations.forEach(
        (flag, others) -> {
          if (!reassigned.test(flag)) {
            Map<F, Boolean> rest = new HashMap<>(others);
            rest.keySet().removeIf(reassigned);
            if (!rest.isEmpty()) {
              kept.put(flag, Map.copyOf(rest));
            }
          }
        });
    return kept;
  }

  /** {@code a == b} ({@code equal}) or {@code a != b} holds here. */
  public FlagFacts<F, P> relate(F a, F b, boolean equal) {
    if (a.equals(b)) {
      return this;
    }
    Map<F, Map<F, Boolean>> updated = new HashMap<>(relations);
    Map<F, Boolean> ofA = new HashMap<>(updated.getOrDefault(a, Map.of()));
    ofA.put(b, equal);
    updated.put(a, Map.copyOf(ofA));
    Map<F, Boolean> ofB = new HashMap<>(updated.getOrDefault(b, Map.of()));
    ofB.put(a, equal);
    updated.put(b, Map.copyOf(ofB));
    return new FlagFacts<>(flags, updated, atEntryValue);
  }

  @SuppressWarnings("unchecked")
  public static <F, P> FlagFacts<F, P> none() {
    return (FlagFacts<F, P>) NONE;
  }

  public boolean isEmpty() {
    return flags.isEmpty() && relations.isEmpty() && atEntryValue.isEmpty();
  }

  /**
   * Where a body starts: {@code entryFlags} hold what its caller passed in or left there, until the
   * body or a call gives them a new value.
   */
  public FlagFacts<F, P> startingWith(Set<F> entryFlags) {
    if (entryFlags.isEmpty()) {
      return this;
    }
    Set<F> all = new HashSet<>(atEntryValue);
    all.addAll(entryFlags);
    return new FlagFacts<>(flags, relations, Set.copyOf(all));
  }

  /**
   * Whether {@code flag} still holds, on every path here, the value it had where the body started.
   */
  public boolean holdsEntryValue(F flag) {
    return atEntryValue.contains(flag);
  }

  /**
   * The values that the tests on every path here found in flags that still hold their entry value:
   * the conditions under which the body reaches this point (a caller whose own facts rule one out
   * never gets here through this body, see {@code EntryConditions}).
   */
  public Map<F, Boolean> entryValues() {
    if (atEntryValue.isEmpty()) {
      return Map.of();
    }
    Map<F, Boolean> values = new HashMap<>();
    for (F flag : atEntryValue) {
      knownValue(flag).ifPresent(value -> values.put(flag, value));
    }
    return values;
  }

  /** The flags this value knows something about. */
  public Set<F> flags() {
    return Collections.unmodifiableSet(flags.keySet());
  }

  /**
   * What a flag is assumed to say where a body starts: each of its values vouches for {@code
   * places} (hypotheses the engine checks at every exit, see {@code FlagInvariants}). These
   * stand-ins leave the flag's word only through {@link #placeReassigned}; seeding every flag with
   * one immutable set lets all of them share it.
   */
  public FlagFacts<F, P> seed(F flag, Set<P> places) {
    if (!flags.containsKey(flag) && flags.size() >= MAX_FLAGS) {
      return this;
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    Side<P> side = Side.seededWith(places);
    updated.put(flag, new Sides<>(side, side));
    return new FlagFacts<>(updated, relationsWithout(flag::equals), atEntryValue);
  }

  /** The value the flag holds on every path here, if the paths agree. */
  public Optional<Boolean> knownValue(F flag) {
    Sides<P> sides = flags.get(flag);
    if (sides == null || sides.whenTrue.impossible == sides.whenFalse.impossible) {
      return Optional.empty();
    }
    return Optional.of(sides.whenFalse.impossible);
  }

  /** The flags that {@code which} selects and that hold the same value on every path here. */
  public Map<F, Boolean> knownValues(Predicate<? super F> which) {
    Map<F, Boolean> known = new HashMap<>();
    for (F flag : flags.keySet()) {
      if (which.test(flag)) {
        knownValue(flag).ifPresent(value -> known.put(flag, value));
      }
    }
    return known.isEmpty() ? Map.of() : Map.copyOf(known);
  }

  /** Whether the flag holding {@code value} vouches for {@code place} by name. */
  public boolean vouches(F flag, boolean value, P place) {
    Sides<P> sides = flags.get(flag);
    return sides != null && sides.get(value).vouchesFor(place);
  }

  /**
   * Whether the flag, whichever value it may hold here, vouches for a field: on each value, it
   * cannot hold it, or names {@code field} non-null, or vouches for {@code standIn} (the field's
   * value where the body started, which it still holds). Empty if some value does none of these;
   * otherwise the values whose word rests on a stand-in, which the class must keep as promises.
   * After {@code if (op == null) { t = create(); } if (t != null) op = t.run();} the flag {@code
   * op} is true or false at the use, and each value vouches: false only where {@code create()} made
   * the map, true either that way or by the promise from the start.
   */
  public Optional<Set<Boolean>> promisesCovering(F flag, P field, P standIn) {
    Set<Boolean> promised = new HashSet<>();
    for (boolean value : new boolean[] {true, false}) {
      Optional<Set<Boolean>> word = promiseFor(flag, value, field, standIn);
      if (word.isEmpty()) {
        return Optional.empty();
      }
      promised.addAll(word.get());
    }
    return Optional.of(Set.copyOf(promised));
  }

  /**
   * Whether the flag holding {@code value} here vouches for a field: empty if not; no value if it
   * cannot hold it or names {@code field} non-null; {@code value} if it vouches only for the
   * field's {@code standIn}, which rests on the class's promise for that value.
   */
  public Optional<Set<Boolean>> promiseFor(F flag, boolean value, P field, P standIn) {
    Sides<P> sides = flags.get(flag);
    if (sides == null) {
      return Optional.empty();
    }
    Side<P> side = sides.get(value);
    if (side.impossible || side.vouchesFor(field)) {
      return Optional.of(Set.of());
    }
    return side.vouchesFor(standIn) ? Optional.of(Set.of(value)) : Optional.empty();
  }

  /**
   * Whether, here, the flag holding {@code value} means {@code place} is non-null: the flag cannot
   * hold it, or vouches for the place, or the place is non-null anyway ({@code nonNullHere}).
   */
  public boolean implies(F flag, boolean value, P place, Set<P> nonNullHere) {
    Sides<P> sides = flags.get(flag);
    Side<P> side = sides == null ? Side.unknown() : sides.get(value);
    return side.implies(place, nonNullHere);
  }

  /** {@code flag = value}, where {@code nonNullNow} are the places known non-null at that point. */
  public FlagFacts<F, P> assignConstant(F flag, boolean value, Set<P> nonNullNow) {
    return assign(flag, value, nonNullNow, Side.cannotHold());
  }

  /**
   * {@code flag = value} where the flag may already hold {@code value}: if it is known to, what it
   * vouched for stays vouched, with {@code nonNullNow} besides. A stand-in it vouches for says the
   * flag held the value where the body started (an assignment of another value drops them), so it
   * still does: {@code link = Link.SYNCING} after {@code if (link != Link.CONNECTED) return;}
   * leaves {@code link == OFFLINE} false as it was, vouching on the class's promise for what it
   * vouched for. Otherwise as {@link #assignConstant}.
   */
  public FlagFacts<F, P> reassignConstant(F flag, boolean value, Set<P> nonNullNow) {
    Sides<P> sides = flags.get(flag);
    if (sides == null || !sides.get(!value).impossible || sides.get(value).ruledOut()) {
      return assignConstant(flag, value, nonNullNow);
    }
    Side<P> kept = sides.get(value);
    for (P place : nonNullNow) {
      kept = kept.with(place);
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, Sides.of(value, kept, Side.cannotHold()));
    return new FlagFacts<>(
        updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals));
  }

  /**
   * {@code flag = value} where the analysis only presumes the value: a reference given a call's
   * result or a parameter, which the analysis takes for an object everywhere. A promise may count
   * on it; a later test of the other value stays feasible.
   */
  public FlagFacts<F, P> assignPresumed(F flag, boolean value, Set<P> nonNullNow) {
    return assign(flag, value, nonNullNow, Side.presumedNotHeld());
  }

  /** {@code flag = value}, with {@code otherValue} saying what is known of the value it lost. */
  private FlagFacts<F, P> assign(F flag, boolean value, Set<P> nonNullNow, Side<P> otherValue) {
    if (!flags.containsKey(flag) && flags.size() >= MAX_FLAGS) {
      return this;
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, Sides.of(value, Side.vouchingFor(nonNullNow), otherValue));
    return new FlagFacts<>(
        updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals));
  }

  /** {@code flag = source}: the flag says what the source says now. */
  public FlagFacts<F, P> assignCopy(F flag, F source) {
    if (flag.equals(source)) {
      return this;
    }
    Sides<P> sides = flags.get(source);
    FlagFacts<F, P> copied;
    if (sides == null) {
      copied = forget(flag);
    } else {
      Map<F, Sides<P>> updated = new HashMap<>(flags);
      updated.put(flag, sides);
      copied =
          new FlagFacts<>(
              updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals));
    }
    // The two are equal until one is assigned again: {@code this.enabled = enabled; if (enabled)}
    // tells the field too.
    return copied.relate(flag, source, true);
  }

  /**
   * {@code flag} says what {@code source} said in {@code before}, facts of an earlier point of the
   * same path: a snapshot of a flag's old value, taken where the flag is assigned ({@code closed =
   * true;} after {@code if (!closed)}), which keeps vouching for what the old value did until those
   * places are assigned.
   */
  public FlagFacts<F, P> assignFrom(F flag, FlagFacts<F, P> before, F source) {
    Sides<P> sides = before.flags.get(source);
    if (sides == null || (!flags.containsKey(flag) && flags.size() >= MAX_FLAGS)) {
      return forget(flag);
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, sides);
    return new FlagFacts<>(
        updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals));
  }

  /**
   * {@code flag = !source}: the flag says, for each value, what the source says for the other one
   * now ({@code compareAndSet(false, true)}'s result is true where the value was false).
   */
  public FlagFacts<F, P> assignNegatedCopy(F flag, F source) {
    if (flag.equals(source)) {
      return this;
    }
    Sides<P> sides = flags.get(source);
    if (sides == null) {
      return forget(flag).relate(flag, source, false);
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, new Sides<>(sides.whenFalse(), sides.whenTrue()));
    return new FlagFacts<>(
            updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals))
        .relate(flag, source, false);
  }

  /**
   * A promise of the class that held where a call on the running object was made, carried past the
   * call whose summary made the engine forget {@code flag}: holding {@code value}, the flag vouches
   * for {@code place} again (see {@code FlagInvariants.acrossCall}).
   */
  public FlagFacts<F, P> promise(F flag, boolean value, P place) {
    Sides<P> sides = flags.get(flag);
    if (sides == null && flags.size() >= MAX_FLAGS) {
      return this;
    }
    Side<P> side = sides == null ? Side.unknown() : sides.get(value);
    if (side.ruledOut() || side.vouchesFor(place)) {
      return this;
    }
    Side<P> other = sides == null ? Side.unknown() : sides.get(!value);
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, Sides.of(value, side.with(place), other));
    return new FlagFacts<>(updated, relations, atEntryValue);
  }

  /** The flag got a value nothing here can name: it says nothing any more. */
  public FlagFacts<F, P> forget(F flag) {
    if (!flags.containsKey(flag) && !relations.containsKey(flag) && !atEntryValue.contains(flag)) {
      return this;
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.remove(flag);
    return new FlagFacts<>(
        updated, relationsWithout(flag::equals), atEntryValueWithout(flag::equals));
  }

  /**
   * {@code flag} now holds a value this path does not know, where {@code known} (a snapshot of its
   * old value) holds one it does: whichever value the flag holds, the places that {@code known}'s
   * value vouches for here stay vouched, on the same promises. {@code if (depth == 0) throw ..; if
   * (--depth == 0) pending = null;} thus reaches its end with "depth != 0: pending" kept, where the
   * old value's promise vouched for {@code pending}; a place assigned later drops out as usual.
   */
  public FlagFacts<F, P> vouchingAsBefore(F flag, F known) {
    Optional<Boolean> value = knownValue(known);
    Sides<P> sides = flags.get(known);
    if (value.isEmpty() || sides == null || flags.containsKey(flag)) {
      return this;
    }
    Side<P> vouching = sides.get(value.get());
    if (vouching.tellsNothing()) {
      return this;
    }
    Side<P> held = vouching.held();
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, new Sides<>(held, held));
    return new FlagFacts<>(updated, relations, atEntryValue);
  }

  /**
   * The flag may have turned to {@code value} here, and cannot have turned from it: an element
   * removed from a collection leaves an empty one empty. Where it holds {@code value} now, what
   * either value vouched for before holds only if both did; where it holds the other value, what
   * that value vouched for still holds. {@code nonNullHere} are the places known non-null here.
   */
  public FlagFacts<F, P> mayTurn(F flag, boolean value, Set<P> nonNullHere) {
    Sides<P> sides = flags.get(flag);
    FlagFacts<F, P> rest = forget(flag);
    if (sides == null) {
      return rest;
    }
    Side<P> unturned = sides.get(!value);
    Side<P> turned =
        joinSide(sides.get(value), unturned, new PathsNonNull<>(nonNullHere, nonNullHere));
    Map<F, Sides<P>> updated = new HashMap<>(rest.flags);
    updated.put(flag, Sides.of(value, turned, unturned));
    return new FlagFacts<>(updated, rest.relations, rest.atEntryValue);
  }

  /** Flags that something unseen may change, such as fields across a call: forgotten. */
  public FlagFacts<F, P> forgetFlags(Predicate<? super F> mayChange) {
    if (flags.keySet().stream().noneMatch(mayChange)
        && relations.keySet().stream().noneMatch(mayChange)
        && atEntryValue.stream().noneMatch(mayChange)) {
      return this;
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.keySet().removeIf(mayChange);
    return new FlagFacts<>(updated, relationsWithout(mayChange), atEntryValueWithout(mayChange));
  }

  /**
   * The value that {@code from} stood for now lives in {@code to} (a value on the operand stack
   * stored into a variable): every side that vouched for {@code from} vouches for {@code to}
   * instead.
   */
  public FlagFacts<F, P> placeRenamed(P from, P to) {
    return withSides(side -> side.vouchesFor(from) ? side.without(from).with(to) : side);
  }

  /** The place got a value that may be null: no flag vouches for it any more. */
  public FlagFacts<F, P> placeReassigned(P place) {
    return withSides(side -> side.without(place));
  }

  /**
   * Named places that now name something else, or may be null: no flag vouches for them any more. A
   * seed's stand-ins are left alone: they leave only through {@link #placeReassigned}.
   */
  public FlagFacts<F, P> forgetPlaces(Predicate<? super P> reassigned) {
    return withSides(side -> side.withoutNamed(reassigned));
  }

  private FlagFacts<F, P> withSides(UnaryOperator<Side<P>> change) {
    Map<F, Sides<P>> updated = null;
    for (Map.Entry<F, Sides<P>> entry : flags.entrySet()) {
      Sides<P> sides = entry.getValue();
      Side<P> whenTrue = change.apply(sides.whenTrue);
      Side<P> whenFalse = change.apply(sides.whenFalse);
      if (whenTrue == sides.whenTrue && whenFalse == sides.whenFalse) {
        continue;
      }
      if (updated == null) {
        updated = new HashMap<>(flags);
      }
      if (whenTrue.tellsNothing() && whenFalse.tellsNothing()) {
        updated.remove(entry.getKey());
      } else {
        updated.put(entry.getKey(), new Sides<>(whenTrue, whenFalse));
      }
    }
    if (updated == null) {
      return this;
    }
    return updated.isEmpty() && relations.isEmpty() && atEntryValue.isEmpty()
        ? none()
        : new FlagFacts<>(updated, relations, atEntryValue);
  }

  /**
   * The branch on which {@code flag} holds {@code value}: infeasible if the flag cannot hold it
   * here; otherwise the places it vouches for are non-null, and the flag holds nothing else.
   */
  public Branch<F, P> assume(F flag, boolean value) {
    Branch<F, P> own = assumeOne(flag, value);
    if (!own.feasible()) {
      return own;
    }
    // A flag related to this one holds its value, or the other, on this branch too.
    Set<P> nonNull = new HashSet<>(own.nonNull());
    FlagFacts<F, P> facts = own.facts();
    for (Map.Entry<F, Boolean> related : relations.getOrDefault(flag, Map.of()).entrySet()) {
      Branch<F, P> other = facts.assumeOne(related.getKey(), related.getValue() == value);
      if (!other.feasible()) {
        return other;
      }
      nonNull.addAll(other.nonNull());
      facts = other.facts();
    }
    return new Branch<>(true, Set.copyOf(nonNull), facts);
  }

  private Branch<F, P> assumeOne(F flag, boolean value) {
    Sides<P> sides = flags.get(flag);
    Side<P> side = sides == null ? Side.unknown() : sides.get(value);
    if (side.impossible) {
      return new Branch<>(false, Set.of(), this);
    }
    Map<F, Sides<P>> updated = new HashMap<>(flags);
    updated.put(flag, Sides.of(value, side.held(), Side.cannotHold()));
    return new Branch<>(true, side.named, new FlagFacts<>(updated, relations, atEntryValue));
  }

  /**
   * Where two paths meet: a flag's value vouches for a place if it does on both paths, counting a
   * place non-null on a path ({@code nonNullHere}, {@code nonNullThere}) and a value the flag
   * cannot hold on a path as vouching.
   */
  public FlagFacts<F, P> join(FlagFacts<F, P> other, Set<P> nonNullHere, Set<P> nonNullThere) {
    if (this == other) {
      return this;
    }
    Set<F> keys = new HashSet<>(flags.keySet());
    keys.addAll(other.flags.keySet());
    Map<F, Sides<P>> joined = new HashMap<>();
    PathsNonNull<P> paths = new PathsNonNull<>(nonNullHere, nonNullThere);
    for (F flag : keys) {
      Sides<P> here = flags.getOrDefault(flag, new Sides<>(Side.unknown(), Side.unknown()));
      Sides<P> there = other.flags.getOrDefault(flag, new Sides<>(Side.unknown(), Side.unknown()));
      Sides<P> sides =
          new Sides<>(
              joinSide(here.whenTrue, there.whenTrue, paths),
              joinSide(here.whenFalse, there.whenFalse, paths));
      if (!sides.whenTrue.tellsNothing() || !sides.whenFalse.tellsNothing()) {
        joined.put(flag, sides);
      }
    }
    Map<F, Map<F, Boolean>> commonRelations = relationsKnownOnBoth(other);
    keepCommon(relations, other, commonRelations);
    keepCommon(other.relations, this, commonRelations);
    Set<F> commonAtEntry = atEntryValue;
    if (!atEntryValue.equals(other.atEntryValue)) {
      Set<F> common = new HashSet<>(atEntryValue);
      common.retainAll(other.atEntryValue);
      commonAtEntry = Set.copyOf(common);
    }
    commonRelations.replaceAll((flag, others) -> Map.copyOf(others));
    return joined.isEmpty() && commonRelations.isEmpty() && commonAtEntry.isEmpty()
        ? none()
        : new FlagFacts<>(joined, commonRelations, commonAtEntry);
  }

  /**
   * Adds to {@code common} the relations of one path that hold on {@code other} too: it has the
   * relation, or knows both flags with values that keep it.
   */
  private static <F, P> void keepCommon(
      Map<F, Map<F, Boolean>> relationsOfOne,
      FlagFacts<F, P> other,
      Map<F, Map<F, Boolean>> common) {
    relationsOfOne.forEach(
        (flag, others) ->
            others.forEach(
                (related, equal) -> {
                  Optional<Boolean> a = other.knownValue(flag);
                  Optional<Boolean> b = other.knownValue(related);
                  boolean holdsThere =
                      equal.equals(other.relations.getOrDefault(flag, Map.of()).get(related))
                          || (a.isPresent() && b.isPresent() && a.get().equals(b.get()) == equal);
                  if (holdsThere) {
                    common.computeIfAbsent(flag, key -> new HashMap<>()).put(related, equal);
                  }
                }));
  }

  /**
   * Flags that hold one value on one path and the other value on the other: any two of them are
   * equal on both paths or opposite on both, and stay so where the paths meet. {@code boolean on =
   * enabled;} reaches the join as "both true" on one path and "both false" on the other, and a
   * later test of one tells the other.
   */
  private Map<F, Map<F, Boolean>> relationsKnownOnBoth(FlagFacts<F, P> other) {
    Map<F, Boolean> flipping = new HashMap<>();
    for (F flag : flags.keySet()) {
      Optional<Boolean> value = knownValue(flag);
      Optional<Boolean> otherValue = other.knownValue(flag);
      if (value.isPresent() && otherValue.isPresent() && !value.equals(otherValue)) {
        flipping.put(flag, value.get());
      }
    }
    Map<F, Map<F, Boolean>> related = new HashMap<>();
    if (flipping.size() < 2) {
      return related;
    }
    for (Map.Entry<F, Boolean> a : flipping.entrySet()) {
      for (Map.Entry<F, Boolean> b : flipping.entrySet()) {
        if (!a.getKey().equals(b.getKey())) {
          related
              .computeIfAbsent(a.getKey(), key -> new HashMap<>())
              .put(b.getKey(), a.getValue().equals(b.getValue()));
        }
      }
    }
    return related;
  }

  /**
   * The places non-null on each of two meeting paths, and on both: one join asks every flag's two
   * sides, so the common places are found once.
   */
  private static final class PathsNonNull<P> {
    final Set<P> here;
    final Set<P> there;
    private @Nullable Set<P> onBoth;

    PathsNonNull(Set<P> here, Set<P> there) {
      this.here = here;
      this.there = there;
    }

    Set<P> onBoth() {
      if (onBoth == null) {
        Set<P> smaller = here.size() <= there.size() ? here : there;
        Set<P> larger = smaller == here ? there : here;
        Set<P> common = new HashSet<>();
        for (P place : smaller) {
          if (larger.contains(place)) {
            common.add(place);
          }
        }
        onBoth = common;
      }
      return onBoth;
    }
  }

  private static <P> Side<P> joinSide(Side<P> here, Side<P> there, PathsNonNull<P> paths) {
    if (here.impossible && there.impossible) {
      return Side.cannotHold();
    }
    if (here.ruledOut() && there.ruledOut()) {
      return Side.presumedNotHeld();
    }
    boolean oneRuledOut = here.ruledOut() || there.ruledOut();
    if (!oneRuledOut && here.standIns != there.standIns) {
      // Sides of different seeds: compare them place by place.
      here = here.allNamed();
      there = there.allNamed();
    }
    // The stand-ins of the side that can hold the value; when both can, they are the same set.
    Set<P> standIns = here.ruledOut() ? there.standIns : here.standIns;
    // Every place whose answer may differ from "a stand-in neither side lost": the rest of the
    // stand-ins are vouched for on both sides.
    Set<P> candidates = new HashSet<>(here.named);
    candidates.addAll(there.named);
    candidates.addAll(here.lostStandIns);
    candidates.addAll(there.lostStandIns);
    Set<P> onBoth = paths.onBoth();
    if (oneRuledOut) {
      // A place non-null only on the path where the flag cannot hold the value is vouched for
      // exactly where the other side vouches: no answer changes, so only the other path's count.
      candidates.addAll(here.ruledOut() ? paths.there : paths.here);
    } else {
      // A place non-null on both paths is the joined store's to tell: of those, only a stand-in
      // changes (it is lost).
      Set<P> fewer = standIns.size() <= onBoth.size() ? standIns : onBoth;
      Set<P> more = fewer == standIns ? onBoth : standIns;
      for (P place : fewer) {
        if (more.contains(place)) {
          candidates.add(place);
        }
      }
    }
    Set<P> named = new HashSet<>();
    Set<P> lost = new HashSet<>();
    for (P place : candidates) {
      boolean vouched =
          !onBoth.contains(place)
              && here.implies(place, paths.here)
              && there.implies(place, paths.there);
      if (standIns.contains(place)) {
        if (!vouched) {
          lost.add(place);
        }
      } else if (vouched) {
        named.add(place);
      }
    }
    return new Side<>(false, false, Set.copyOf(named), standIns, Set.copyOf(lost));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlagFacts<?, ?> other
        && flags.equals(other.flags)
        && relations.equals(other.relations)
        && atEntryValue.equals(other.atEntryValue);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * flags.hashCode() + relations.hashCode()) + atEntryValue.hashCode();
  }

  @Override
  public String toString() {
    return "FlagFacts" + flags + (relations.isEmpty() ? "" : " related " + relations);
  }
}
