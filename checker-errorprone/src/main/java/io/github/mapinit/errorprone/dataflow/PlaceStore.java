package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.flow.FlagFacts;
import io.github.mapinit.policy.flow.ReferenceValue;
import io.github.mapinit.policy.rules.FlagInvariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;
import org.jspecify.annotations.Nullable;

/**
 * The state of every tracked place at one program point, immutable. A place that was never set
 * holds its initial value, which the analysed body decides (see {@link CompilationUnitAnalysis},
 * which builds the initial store); a local that was copied from a field remembers that field, so
 * that a null check on either refines both. Beside the places, what boolean flags say about them
 * (policy {@link FlagFacts}); a store on a path that a flag shows cannot run is unreachable, and
 * every place holds nothing there.
 */
public final class PlaceStore implements Store<PlaceStore> {

  private final Function<Place, Nullness> initialValue;
  private final Map<Place, Nullness> values;
  private final Map<Place, Place> aliasOf;
  private final FlagFacts<VarSymbol, Place> flags;
  private final boolean unreachable;
  // On an exception's path: the place whose dereference threw. Unless the exception is the
  // NullPointerException of that dereference, the place was non-null.
  private final Set<Place> dereferencedByThrower;
  // The exit checks ask every flag and field pair of one store: its non-null places, once.
  private @Nullable Set<Place> nonNullHere;

  public PlaceStore(Function<Place, Nullness> initialValue) {
    this(initialValue, Map.of(), Map.of(), FlagFacts.none(), false, Set.of());
  }

  private PlaceStore(
      Function<Place, Nullness> initialValue,
      Map<Place, Nullness> values,
      Map<Place, Place> aliasOf,
      FlagFacts<VarSymbol, Place> flags,
      boolean unreachable,
      Set<Place> dereferencedByThrower) {
    this.initialValue = initialValue;
    this.values = values;
    this.aliasOf = aliasOf;
    this.flags = flags;
    this.unreachable = unreachable;
    this.dereferencedByThrower = dereferencedByThrower;
  }

  private PlaceStore with(Map<Place, Nullness> newValues, Map<Place, Place> newAliases) {
    return new PlaceStore(
        initialValue, newValues, newAliases, flags, unreachable, dereferencedByThrower);
  }

  private PlaceStore withFlags(FlagFacts<VarSymbol, Place> newFlags) {
    return newFlags == flags
        ? this
        : new PlaceStore(
            initialValue, values, aliasOf, newFlags, unreachable, dereferencedByThrower);
  }

  /** This store on the path of an exception thrown by the dereference of {@code place}. */
  public PlaceStore thrownByDereferenceOf(Place place) {
    return unreachable
        ? this
        : new PlaceStore(initialValue, values, aliasOf, flags, false, Set.of(place));
  }

  /**
   * Where a handler starts: if it cannot catch a NullPointerException ({@code catchesNull} false),
   * the dereference whose exception it caught met a non-null place. Either way the exception's
   * origin is forgotten past the handler's start.
   */
  public PlaceStore enterHandler(boolean catchesNull) {
    if (dereferencedByThrower.isEmpty()) {
      return this;
    }
    PlaceStore entered =
        new PlaceStore(initialValue, values, aliasOf, flags, unreachable, Set.of());
    if (!catchesNull) {
      for (Place place : dereferencedByThrower) {
        if (get(place).isDefinitelyNull()) {
          // Only a NullPointerException could come from that dereference.
          return unreachable(this);
        }
        entered = entered.refine(place, Nullness.NON_NULL);
      }
    }
    return entered;
  }

  public Nullness get(Place place) {
    if (unreachable) {
      return Nullness.BOTTOM;
    }
    Nullness value = values.get(place);
    return value != null ? value : initialValue.apply(place);
  }

  /** Whether no execution reaches this store: a flag's test showed the path cannot run. */
  public boolean isUnreachable() {
    return unreachable;
  }

  /** The places set in this store, with their values. */
  public Map<Place, Nullness> explicitValues() {
    return values;
  }

  /** This store after an assignment: {@code place} holds {@code value} and no longer aliases. */
  public PlaceStore assign(Place place, Nullness value) {
    Map<Place, Nullness> newValues = new LinkedHashMap<>(values);
    newValues.put(place, value);
    Map<Place, Place> newAliases = new LinkedHashMap<>(aliasOf);
    newAliases.remove(place);
    Place copy = null;
    if (place.isOwnField() && get(place).equals(initialValue.apply(place))) {
      // A local copy of the field's start value (`Map open = resources; resources = null;`) keeps
      // holding that value, and what the flags said of it.
      copy =
          aliasOf.entrySet().stream()
              .filter(alias -> alias.getValue().equals(place))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
    }
    newAliases.values().removeIf(place::equals);
    if (copy != null) {
      newAliases.put(copy, Place.entryGhostOf(place.variable()));
    }
    PlaceStore assigned = with(newValues, newAliases);
    if (copy != null) {
      assigned =
          assigned.withFlags(
              assigned.flags.placeRenamed(Place.entryGhostOf(place.variable()), copy));
    } else if (place.isOwnField()) {
      // The field no longer holds what it held where the body started.
      assigned =
          assigned.withFlags(assigned.flags.placeReassigned(Place.entryGhostOf(place.variable())));
    }
    return value.equals(Nullness.NON_NULL)
        ? assigned
        : assigned.withFlags(assigned.flags.placeReassigned(place));
  }

  /** This store after {@code local = field}: the two are one value until either is assigned. */
  public PlaceStore assignAlias(Place local, Place field) {
    PlaceStore assigned = assign(local, get(field));
    Map<Place, Place> newAliases = new LinkedHashMap<>(assigned.aliasOf);
    newAliases.put(local, field);
    return assigned.with(assigned.values, newAliases);
  }

  /** This store where {@code place}, and every alias of it, is known to hold {@code value}. */
  public PlaceStore refine(Place place, Nullness value) {
    Set<Place> sameValue = new LinkedHashSet<>();
    sameValue.add(place);
    Place field = aliasOf.get(place);
    if (field != null) {
      sameValue.add(field);
    }
    Place target = field != null ? field : place;
    aliasOf.forEach(
        (local, aliased) -> {
          if (aliased.equals(target)) {
            sameValue.add(local);
          }
        });
    Map<Place, Nullness> newValues = new LinkedHashMap<>(values);
    for (Place p : sameValue) {
      newValues.put(p, value);
    }
    return with(newValues, aliasOf);
  }

  /** {@code flag = value} here: the flag vouches for the places now non-null. */
  public PlaceStore assignFlag(VarSymbol flag, boolean value) {
    return withFlags(flags.assignConstant(flag, value, nonNullPlaces()));
  }

  /**
   * {@code flag = value} for a flag that may hold {@code value} already: what it vouched for then
   * stays vouched ({@link FlagFacts#reassignConstant}).
   */
  public PlaceStore reassignFlag(VarSymbol flag, boolean value) {
    return withFlags(flags.reassignConstant(flag, value, nonNullPlaces()));
  }

  /** {@code flag = value} for a reference flag: what {@code value} says of its nullness. */
  public PlaceStore assignReference(VarSymbol flag, ReferenceValue value) {
    return withFlags(value.assignTo(flag, flags, nonNullPlaces()));
  }

  /**
   * Where {@code flag} holds {@code value}, {@code place} is non-null too, until either changes.
   */
  public PlaceStore promiseFlag(VarSymbol flag, boolean value, Place place) {
    return unreachable ? this : withFlags(flags.promise(flag, value, place));
  }

  /** What the boolean variables say here (policy {@link FlagFacts}). */
  FlagFacts<VarSymbol, Place> flagFacts() {
    return flags;
  }

  /**
   * Where a body starts: {@code entryFlags} (its boolean parameters, the flag fields of its object)
   * hold what the caller gave them, until something assigns them.
   */
  public PlaceStore startingWith(Set<VarSymbol> entryFlags) {
    return withFlags(flags.startingWith(entryFlags));
  }

  /** The entry values of flags that the tests on every path here found (see {@link Use}). */
  public Map<VarSymbol, Boolean> entryConditions() {
    return flags.entryValues();
  }

  /**
   * The flag fields of the running object, and the class's static ones, that hold one value on
   * every path here (policy {@link FlagInvariants#leftByCallee}).
   */
  public Map<VarSymbol, Boolean> ownFlagValues() {
    return FlagInvariants.leftByCallee(flags, flag -> flag.getKind() == ElementKind.FIELD);
  }

  /** Whether some fact is known here about {@code flag}. */
  public boolean knowsFlag(VarSymbol flag) {
    return flags.flags().contains(flag);
  }

  /** The one value {@code flag} holds here, if it is known. */
  public Optional<Boolean> knownFlagValue(VarSymbol flag) {
    return flags.knownValue(flag);
  }

  /** {@code a == b} ({@code equal}) or {@code a != b} holds here, for two boolean flags. */
  public PlaceStore relateFlags(VarSymbol a, VarSymbol b, boolean equal) {
    return withFlags(flags.relate(a, b, equal));
  }

  /**
   * {@code snapshot} says what {@code flag} said in {@code before}, this path's store where the
   * flag was about to be assigned (policy {@code FlagFacts.assignFrom}).
   */
  public PlaceStore snapshotFlag(VarSymbol snapshot, PlaceStore before, VarSymbol flag) {
    return unreachable || before.unreachable
        ? this
        : withFlags(flags.assignFrom(snapshot, before.flags, flag));
  }

  /**
   * The flag got a value this body cannot name, where {@code known} (its old value's snapshot)
   * holds a known one: what that value vouches for stays vouched whichever value the flag holds.
   */
  public PlaceStore vouchingAsBefore(VarSymbol flag, VarSymbol known) {
    return withFlags(flags.vouchingAsBefore(flag, known));
  }

  /** {@code flag = source}: the flag says what the source says now. */
  public PlaceStore copyFlag(VarSymbol flag, VarSymbol source) {
    return withFlags(flags.assignCopy(flag, source));
  }

  /** {@code a} and {@code b} hold the same value here, until one of them is assigned. */
  public PlaceStore relateFlags(VarSymbol a, VarSymbol b) {
    return withFlags(flags.relate(a, b, true));
  }

  /** The flag got a value this body cannot name. */
  public PlaceStore forgetFlag(VarSymbol flag) {
    return withFlags(flags.forget(flag));
  }

  /** The flag may have turned to {@code value} here, never from it ({@link FlagFacts#mayTurn}). */
  public PlaceStore mayTurnFlag(VarSymbol flag, boolean value) {
    return withFlags(flags.mayTurn(flag, value, nonNullPlaces()));
  }

  /**
   * A call that may assign only {@code assignable} of the object's fields (and any static one):
   * what their flags said no longer holds.
   */
  public PlaceStore forgetFieldFlags(Set<? extends Symbol> assignable) {
    return forgetFieldFlags(assignable, flag -> true);
  }

  /**
   * As {@link #forgetFieldFlags(Set)}, for a call that may change only the static flags that {@code
   * staticMayChange} admits.
   */
  public PlaceStore forgetFieldFlags(
      Set<? extends Symbol> assignable, Predicate<VarSymbol> staticMayChange) {
    return withFlags(
        flags.forgetFlags(
            flag ->
                flag.getKind() == ElementKind.FIELD
                    && ((flag.isStatic() && staticMayChange.test(flag))
                        || assignable.contains(flag))));
  }

  /** Fields that a call may change: what their flags said no longer holds. */
  public PlaceStore forgetFieldFlags() {
    return withFlags(flags.forgetFlags(flag -> flag.getKind() == ElementKind.FIELD));
  }

  /**
   * After a call on the running object that made this store forget flag fields: the class's
   * promises about {@code flagFields} and {@code fields} that held in {@code beforeCall} hold here
   * again (policy {@link FlagInvariants#acrossCall}).
   */
  public PlaceStore carryPromisesAcrossCall(
      PlaceStore beforeCall, Set<VarSymbol> flagFields, Set<VarSymbol> fields) {
    if (unreachable || beforeCall.unreachable || flagFields.isEmpty() || fields.isEmpty()) {
      return this;
    }
    return withFlags(
        FlagInvariants.acrossCall(
            beforeCall.flags,
            beforeCall.nonNullPlaces(),
            flags,
            flagFields,
            () -> {
              List<FlagInvariants.Promised<Place>> promised = new ArrayList<>();
              for (VarSymbol field : fields) {
                promised.add(
                    new FlagInvariants.Promised<>(
                        Summaries.placeOf(field), Place.entryGhostOf(field)));
              }
              return promised;
            }));
  }

  /**
   * The branch where {@code flag} holds {@code value}: unreachable if the flag cannot hold it here,
   * otherwise with the places it vouches for non-null.
   */
  public PlaceStore assumeFlag(VarSymbol flag, boolean value) {
    if (unreachable) {
      return this;
    }
    FlagFacts.Branch<VarSymbol, Place> branch = flags.assume(flag, value);
    if (!branch.feasible()) {
      return unreachable(this);
    }
    PlaceStore refined = withFlags(branch.facts());
    for (Place place : branch.nonNull()) {
      if (place.kind() != Place.Kind.ENTRY_GHOST) {
        refined = refined.refine(place, Nullness.NON_NULL);
      }
    }
    return refined;
  }

  /**
   * Where a method starts: each flag field of the object is assumed to vouch, with either value,
   * for what each map field held there; the engine checks the assumption at every exit of every
   * body (policy {@code FlagInvariants}) before a use may rely on it.
   */
  public PlaceStore assumeFlagInvariants(AnalysisEnvironment.FlagCandidates candidates) {
    FlagFacts<VarSymbol, Place> seeded = flags;
    for (VarSymbol flag : candidates.flags()) {
      seeded = seeded.seed(flag, candidates.ghostsFor(flag));
    }
    return withFlags(seeded);
  }

  /**
   * Where a body that has no object of its own starts (a static method), or one whose object is new
   * (a constructor): each static flag of the class is assumed to vouch for what each static map
   * held there (policy {@code StaticPromises}).
   */
  public PlaceStore assumeStaticFlagInvariants(AnalysisEnvironment.FlagCandidates candidates) {
    if (candidates.staticGhosts().isEmpty()) {
      return this;
    }
    FlagFacts<VarSymbol, Place> seeded = flags;
    for (VarSymbol flag : candidates.flags()) {
      if (flag.isStatic()) {
        seeded = seeded.seed(flag, candidates.staticGhosts());
      }
    }
    return withFlags(seeded);
  }

  /**
   * The flag fields that vouch, whichever value they hold here, for {@code field}: each with the
   * values whose word rests on the class's promise for what the field held where the body started
   * (policy {@link FlagFacts#promisesCovering}).
   */
  public Map<VarSymbol, Set<Boolean>> flagsVouchingForEntryValueOf(VarSymbol field) {
    Map<VarSymbol, Set<Boolean>> vouchers = new LinkedHashMap<>();
    Place place = Summaries.placeOf(field);
    Place ghost = Place.entryGhostOf(field);
    for (VarSymbol flag : flags.flags()) {
      if (flag.getKind() == ElementKind.FIELD) {
        flags
            .promisesCovering(flag, place, ghost)
            .ifPresent(values -> addVoucher(vouchers, flag, values));
      }
    }
    return vouchers;
  }

  /**
   * The field of the object whose start value the local {@code local} holds, the field having been
   * assigned since ({@link #assign}); null for another local.
   */
  public @Nullable VarSymbol startValueHeldBy(Place local) {
    Place aliased = aliasOf.get(local);
    return aliased != null && aliased.kind() == Place.Kind.ENTRY_GHOST ? aliased.variable() : null;
  }

  /**
   * The field of the object that the local {@code local} is a copy of ({@code Map m = this.map;}),
   * where the field still holds nothing but its start value (or an object): the local holds that
   * value, and what vouches for the field vouches for it. Null for another local.
   */
  public @Nullable VarSymbol unassignedFieldCopiedBy(Place local) {
    Place aliased = aliasOf.get(local);
    if (aliased == null || !aliased.isOwnField()) {
      return null;
    }
    Nullness value = get(aliased);
    return value.nullCauses().isEmpty() && value.entries().equals(Set.of(aliased.variable()))
        ? aliased.variable()
        : null;
  }

  /**
   * The flag fields that vouch for what {@code local} holds, the start value of {@code field} (see
   * {@link #startValueHeldBy}), each with the values whose word rests on the class's promise for
   * that value.
   */
  public Map<VarSymbol, Set<Boolean>> flagsVouchingForStartValueHeldBy(
      Place local, VarSymbol field) {
    Map<VarSymbol, Set<Boolean>> vouchers = new LinkedHashMap<>();
    for (VarSymbol flag : flags.flags()) {
      if (flag.getKind() == ElementKind.FIELD) {
        flags
            .promisesCovering(flag, Summaries.placeOf(field), local)
            .filter(values -> !values.isEmpty())
            .ifPresent(values -> addVoucher(vouchers, flag, values));
      }
    }
    return vouchers;
  }

  /**
   * Adds that {@code flag} vouches on the promises for {@code values}, a snapshot's word being its
   * flag's; of two vouchings by one flag, the one that needs fewer promises is kept.
   */
  private static void addVoucher(
      Map<VarSymbol, Set<Boolean>> vouchers, VarSymbol flag, Set<Boolean> values) {
    vouchers.merge(
        FlagSnapshot.promisedBy(flag),
        values,
        (kept, other) -> kept.containsAll(other) ? other : kept);
  }

  /**
   * Whether, here, {@code flag} holding {@code value} still means {@code field} is non-null, given
   * that it did where the body started: the flag cannot hold it, or vouches for the field or for
   * its untouched start value, or the field is non-null.
   */
  public boolean keepsFlagInvariant(
      VarSymbol flag, boolean value, VarSymbol field, Set<VarSymbol> snapshots) {
    if (unreachable) {
      return true;
    }
    if (nonNullHere == null) {
      nonNullHere = nonNullPlaces();
    }
    Set<Place> nonNull = nonNullHere;
    Place place = Summaries.placeOf(field);
    Place ghost = Place.entryGhostOf(field);
    // The start value found non-null tells of the field only while the field holds it, and then
    // the field itself is found non-null; once the body has assigned the field, a local copy's
    // test finds the start value (`Map out = pending; pending = null; return out == null ? ..`),
    // which the field no longer holds. What the flag vouches for on the start value still counts.
    Set<Place> nonNullBesidesStart = nonNull;
    if (nonNull.contains(ghost)) {
      nonNullBesidesStart = new LinkedHashSet<>(nonNull);
      nonNullBesidesStart.remove(ghost);
    }
    if (flags.implies(flag, value, place, nonNull)
        || flags.implies(flag, value, ghost, nonNullBesidesStart)) {
      return true;
    }
    // A snapshot of the flag's old value that vouches for the field whichever value it holds,
    // resting on no promise but this one (`if (depth++ == 0) map = ..;` then `--depth`).
    for (VarSymbol snapshot : snapshots) {
      Optional<Set<Boolean>> promised = flags.promisesCovering(snapshot, place, ghost);
      if (promised.isPresent() && Set.of(value).containsAll(promised.get())) {
        return true;
      }
    }
    return false;
  }

  /** A store no execution reaches, as one that follows {@code store} on a path that cannot run. */
  public static PlaceStore unreachable(PlaceStore store) {
    return new PlaceStore(store.initialValue, Map.of(), Map.of(), FlagFacts.none(), true, Set.of());
  }

  private Set<Place> nonNullPlaces() {
    Set<Place> nonNull = new LinkedHashSet<>();
    values.forEach(
        (place, value) -> {
          if (value.equals(Nullness.NON_NULL)) {
            nonNull.add(place);
            if (place.isOwnField()) {
              // A non-null field vouches for whatever start value it may stand for.
              nonNull.add(Place.entryGhostOf(place.variable()));
            }
          }
        });
    return nonNull;
  }

  @Override
  public PlaceStore copy() {
    return this;
  }

  @Override
  public PlaceStore leastUpperBound(PlaceStore other) {
    if (this == other || other.unreachable) {
      return this;
    }
    if (unreachable) {
      return other;
    }
    Map<Place, Nullness> joined = new LinkedHashMap<>();
    Set<Place> places = new LinkedHashSet<>(values.keySet());
    places.addAll(other.values.keySet());
    for (Place place : places) {
      joined.put(place, get(place).leastUpperBound(other.get(place)));
    }
    Map<Place, Place> commonAliases = new LinkedHashMap<>(aliasOf);
    commonAliases
        .entrySet()
        .removeIf(e -> !Objects.equals(e.getValue(), other.aliasOf.get(e.getKey())));
    FlagFacts<VarSymbol, Place> joinedFlags =
        flags.isEmpty() && other.flags.isEmpty()
            ? flags
            : flags.join(other.flags, nonNullPlaces(), other.nonNullPlaces());
    Set<Place> commonThrower =
        dereferencedByThrower.equals(other.dereferencedByThrower)
            ? dereferencedByThrower
            : Set.of();
    return new PlaceStore(initialValue, joined, commonAliases, joinedFlags, false, commonThrower);
  }

  @Override
  public PlaceStore widenedUpperBound(PlaceStore previous) {
    // The nullness has finite height within one body (every origin comes from the body's text);
    // the flags, joined under a bound, may not settle (FlagFacts.ROUNDS_BEFORE_WIDENING).
    PlaceStore joined = leastUpperBound(previous);
    return joined.equals(previous) ? joined : joined.withFlags(FlagFacts.none());
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, PlaceStore, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlaceStore)) {
      return false;
    }
    PlaceStore other = (PlaceStore) o;
    if (unreachable || other.unreachable) {
      return unreachable == other.unreachable;
    }
    if (!aliasOf.equals(other.aliasOf)
        || !flags.equals(other.flags)
        || !dereferencedByThrower.equals(other.dereferencedByThrower)) {
      return false;
    }
    Set<Place> places = new LinkedHashSet<>(values.keySet());
    places.addAll(other.values.keySet());
    for (Place place : places) {
      if (!get(place).equals(other.get(place))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    // Consistent with equals, which treats an unset place as set to its initial value.
    return aliasOf.hashCode();
  }

  @Override
  public String toString() {
    return unreachable
        ? "PlaceStore{unreachable}"
        : "PlaceStore" + values + " aliases " + aliasOf + " " + flags;
  }
}
