package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/**
 * What a place may hold at a program point, as the set of its possible origins: a non-null value, a
 * null with the reason it is null, the value a field had when the analysed body started ({@code
 * entry}, filled in by the caller or the entry state), or the value a field has once its object is
 * constructed ({@code afterConstruction}, filled in when the whole class is known).
 *
 * <p>Keeping the entry value symbolic is what lets each method be analysed once: the same result
 * serves as the method's own report and as its summary at every call site.
 */
public final class Nullness implements AbstractValue<Nullness> {

  public static final Nullness BOTTOM = new Nullness(false, Set.of(), Set.of(), Set.of());
  public static final Nullness NON_NULL = new Nullness(true, Set.of(), Set.of(), Set.of());

  private final boolean nonNull;
  private final Set<NullCause> nulls;
  private final Set<VarSymbol> entries;
  private final Set<VarSymbol> afterConstruction;

  private Nullness(
      boolean nonNull,
      Set<NullCause> nulls,
      Set<VarSymbol> entries,
      Set<VarSymbol> afterConstruction) {
    this.nonNull = nonNull;
    this.nulls = nulls;
    this.entries = entries;
    this.afterConstruction = afterConstruction;
  }

  public static Nullness nullBecause(NullCause cause) {
    return new Nullness(false, Set.of(cause), Set.of(), Set.of());
  }

  /** The value {@code field} had when the analysed body started. */
  public static Nullness entryValueOf(VarSymbol field) {
    return new Nullness(false, Set.of(), Set.of(field), Set.of());
  }

  /** The value {@code field} holds in a fully constructed object. */
  public static Nullness afterConstructionOf(VarSymbol field) {
    return new Nullness(false, Set.of(), Set.of(), Set.of(field));
  }

  /** Whether some origin may be null, now or once the symbolic origins are known. */
  public boolean mayBeNull() {
    return !nulls.isEmpty() || !entries.isEmpty() || !afterConstruction.isEmpty();
  }

  /** Whether some path gives a value not known to be null. */
  public boolean mayHoldNonNull() {
    return nonNull;
  }

  /** Whether every origin is a null literal: no path gives a value. */
  public boolean isDefinitelyNull() {
    return !nonNull && entries.isEmpty() && afterConstruction.isEmpty() && !nulls.isEmpty();
  }

  public boolean isBottom() {
    return equals(BOTTOM);
  }

  public Set<NullCause> nullCauses() {
    return nulls;
  }

  public Set<VarSymbol> entries() {
    return entries;
  }

  public Set<VarSymbol> afterConstruction() {
    return afterConstruction;
  }

  /** This value on the branch where it compared equal to null. */
  public Nullness whenNull() {
    return new Nullness(false, nulls, entries, afterConstruction);
  }

  /** The same origins, with every null origin replaced by {@code cause}. */
  public Nullness withNullsFrom(NullCause cause) {
    return nulls.isEmpty()
        ? this
        : new Nullness(nonNull, Set.of(cause), entries, afterConstruction);
  }

  /** The same origins, with each null's reason rewritten by {@code rewrite}. */
  public Nullness mapCauses(Function<NullCause, NullCause> rewrite) {
    if (nulls.isEmpty()) {
      return this;
    }
    Set<NullCause> rewritten = new LinkedHashSet<>();
    for (NullCause cause : nulls) {
      rewritten.add(rewrite.apply(cause));
    }
    return new Nullness(
        nonNull, Collections.unmodifiableSet(rewritten), entries, afterConstruction);
  }

  /**
   * The entry origins resolved by {@code entryValue}; the concrete and after-construction origins
   * are kept.
   */
  public Nullness substituteEntries(Function<VarSymbol, Nullness> entryValue) {
    if (entries.isEmpty()) {
      return this;
    }
    return new Nullness(nonNull, nulls, Set.of(), afterConstruction)
        .leastUpperBound(entryPart(entryValue));
  }

  /** Only what the entry origins resolve to: the part of a helper's value its caller supplied. */
  public Nullness entryPart(Function<VarSymbol, Nullness> entryValue) {
    return joinOver(entries, entryValue);
  }

  /** Every symbolic origin resolved; what remains is concrete. */
  public Nullness resolve(
      Function<VarSymbol, Nullness> entryValue, Function<VarSymbol, Nullness> constructedValue) {
    return new Nullness(nonNull, nulls, Set.of(), Set.of())
        .leastUpperBound(joinOver(entries, entryValue))
        .leastUpperBound(joinOver(afterConstruction, constructedValue));
  }

  private static Nullness joinOver(Set<VarSymbol> fields, Function<VarSymbol, Nullness> valueOf) {
    Nullness result = BOTTOM;
    for (VarSymbol field : fields) {
      result = result.leastUpperBound(valueOf.apply(field));
    }
    return result;
  }

  @Override
  public Nullness leastUpperBound(Nullness other) {
    if (this == other || other.isBottom()) {
      return this;
    }
    if (isBottom()) {
      return other;
    }
    return new Nullness(
        nonNull || other.nonNull,
        union(nulls, other.nulls),
        union(entries, other.entries),
        union(afterConstruction, other.afterConstruction));
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    if (b.isEmpty() || a.containsAll(b)) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Collections.unmodifiableSet(all);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Nullness)) {
      return false;
    }
    Nullness other = (Nullness) o;
    return nonNull == other.nonNull
        && nulls.equals(other.nulls)
        && entries.equals(other.entries)
        && afterConstruction.equals(other.afterConstruction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonNull, nulls, entries, afterConstruction);
  }

  @Override
  public String toString() {
    return "Nullness{nonNull="
        + nonNull
        + ", nulls="
        + nulls
        + ", entries="
        + entries
        + ", afterConstruction="
        + afterConstruction
        + "}";
  }
}
