package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.Frame;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The modelled frame (locals and operand stack) plus the states of field places, and the null test
 * that ends the block, which the edges out of the block refine.
 */
final class NullFrame extends Frame<Value> {

  private Map<Place.FieldPlace, PlaceState> fields = new HashMap<>();
  private @Nullable Value tested;
  private boolean testedNullOnBranch;

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
  }

  /** Records the null test ({@code ifnull}, {@code ifnonnull}) that ends the current block. */
  void setTested(Value value, boolean nullOnBranch) {
    tested = value;
    testedNullOnBranch = nullOnBranch;
  }

  void clearTested() {
    tested = null;
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
  }

  @Override
  public void copyFrom(Frame<Value> other) {
    super.copyFrom(other);
    NullFrame that = (NullFrame) other;
    fields = new HashMap<>(that.fields);
    tested = that.tested;
    testedNullOnBranch = that.testedNullOnBranch;
  }

  @Override
  public boolean sameAs(Frame<Value> other) {
    NullFrame that = (NullFrame) other;
    if (!isValid() || !that.isValid() || !super.sameAs(other)) {
      return super.sameAs(other);
    }
    return fields.equals(that.fields)
        && Objects.equals(tested, that.tested)
        && testedNullOnBranch == that.testedNullOnBranch;
  }
}
