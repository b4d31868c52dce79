package io.github.mapinit.errorprone.dataflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;

/**
 * The state of every tracked place at one program point, immutable. A place that was never set
 * holds its initial value, which the analysed body decides (see {@link CompilationUnitAnalysis},
 * which builds the initial store); a local that was copied from a field remembers that field, so
 * that a null check on either refines both.
 */
public final class PlaceStore implements Store<PlaceStore> {

  private final Function<Place, Nullness> initialValue;
  private final Map<Place, Nullness> values;
  private final Map<Place, Place> aliasOf;

  public PlaceStore(Function<Place, Nullness> initialValue) {
    this(initialValue, Map.of(), Map.of());
  }

  private PlaceStore(
      Function<Place, Nullness> initialValue,
      Map<Place, Nullness> values,
      Map<Place, Place> aliasOf) {
    this.initialValue = initialValue;
    this.values = values;
    this.aliasOf = aliasOf;
  }

  public Nullness get(Place place) {
    Nullness value = values.get(place);
    return value != null ? value : initialValue.apply(place);
  }

  /** The places set in this store, with their values. */
  public Map<Place, Nullness> explicitValues() {
    return values;
  }

  /** This store after an assignment: {@code place} holds {@code value} and no longer aliases. */
  public PlaceStore assign(Place place, Nullness value) {
    Map<Place, Nullness> newValues = new HashMap<>(values);
    newValues.put(place, value);
    Map<Place, Place> newAliases = new HashMap<>(aliasOf);
    newAliases.remove(place);
    newAliases.values().removeIf(place::equals);
    return new PlaceStore(initialValue, newValues, newAliases);
  }

  /** This store after {@code local = field}: the two are one value until either is assigned. */
  public PlaceStore assignAlias(Place local, Place field) {
    PlaceStore assigned = assign(local, get(field));
    Map<Place, Place> newAliases = new HashMap<>(assigned.aliasOf);
    newAliases.put(local, field);
    return new PlaceStore(initialValue, assigned.values, newAliases);
  }

  /** This store where {@code place}, and every alias of it, is known to hold {@code value}. */
  public PlaceStore refine(Place place, Nullness value) {
    Set<Place> sameValue = new HashSet<>();
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
    Map<Place, Nullness> newValues = new HashMap<>(values);
    for (Place p : sameValue) {
      newValues.put(p, value);
    }
    return new PlaceStore(initialValue, newValues, aliasOf);
  }

  @Override
  public PlaceStore copy() {
    return this;
  }

  @Override
  public PlaceStore leastUpperBound(PlaceStore other) {
    if (this == other) {
      return this;
    }
    Map<Place, Nullness> joined = new HashMap<>();
    Set<Place> places = new HashSet<>(values.keySet());
    places.addAll(other.values.keySet());
    for (Place place : places) {
      joined.put(place, get(place).leastUpperBound(other.get(place)));
    }
    Map<Place, Place> commonAliases = new HashMap<>(aliasOf);
    commonAliases
        .entrySet()
        .removeIf(e -> !Objects.equals(e.getValue(), other.aliasOf.get(e.getKey())));
    return new PlaceStore(initialValue, joined, commonAliases);
  }

  @Override
  public PlaceStore widenedUpperBound(PlaceStore previous) {
    // The lattice has finite height within one body: every origin comes from the body's text.
    return leastUpperBound(previous);
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
    if (!aliasOf.equals(other.aliasOf)) {
      return false;
    }
    Set<Place> places = new HashSet<>(values.keySet());
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
    return "PlaceStore" + values + " aliases " + aliasOf;
  }
}
