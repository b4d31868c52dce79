package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import org.jspecify.annotations.Nullable;

/**
 * The state of a field place: its nullness atoms, and why it may be concretely null.
 *
 * @param bits atoms of {@link Nullness}
 * @param cause the assignment that made it null, when {@code bits} holds {@link Nullness#NULL}
 */
record PlaceState(int bits, @Nullable NullCause cause) {

  static PlaceState of(int bits) {
    return new PlaceState(bits, null);
  }

  PlaceState withBits(int newBits) {
    return new PlaceState(newBits, (newBits & Nullness.NULL) != 0 ? cause : null);
  }

  static PlaceState merge(PlaceState a, PlaceState b) {
    if (a.equals(b)) {
      return a;
    }
    return new PlaceState(a.bits | b.bits, a.cause != null ? a.cause : b.cause);
  }
}
