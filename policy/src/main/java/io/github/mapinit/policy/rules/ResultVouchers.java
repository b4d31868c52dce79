package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spec 8, correlated conditions, through a helper's result. A method of the class that returns
 * either {@code null} or a value it found where a field is non-null ({@code return holders == null
 * ? null : holders.get(key);}) tells its caller that the field is non-null wherever the result is
 * an object: {@code Holder h = lookup(key); if (h != null) holders.remove(key);} is safe. The
 * variable that holds the result is a reference flag whose object value vouches for the fields that
 * every return of a possible object leaves non-null; a return of the {@code null} literal vouches
 * for anything. The promise ends where the field or the variable is assigned again, as every flag's
 * does.
 */
public final class ResultVouchers {

  private ResultVouchers() {}

  /**
   * What one return of the method gives.
   *
   * @param nullLiteral whether it returns the {@code null} literal, which vouches for anything
   * @param nonNull the places non-null where it returns a value that may be an object
   */
  public record Return<P>(boolean nullLiteral, Set<P> nonNull) {

    public Return {
      nonNull = Set.copyOf(nonNull);
    }

    /** {@code return null;}, or the null arm of a returned conditional. */
    public static <P> Return<P> ofNull() {
      return new Return<>(true, Set.of());
    }

    /** A return of a value that may be an object, where {@code nonNull} are non-null. */
    public static <P> Return<P> ofValue(Set<P> nonNull) {
      return new Return<>(false, nonNull);
    }
  }

  /**
   * The places that an object result vouches for: those non-null at every return of a value that
   * may be an object; none if the method never returns one.
   */
  public static <P> Set<P> vouchedBy(Collection<Return<P>> returns) {
    Set<P> vouched = null;
    for (Return<P> returned : returns) {
      if (returned.nullLiteral()) {
        continue;
      }
      if (vouched == null) {
        vouched = new LinkedHashSet<>(returned.nonNull());
      } else {
        vouched.retainAll(returned.nonNull());
      }
      if (vouched.isEmpty()) {
        return Set.of();
      }
    }
    return vouched == null ? Set.of() : Set.copyOf(vouched);
  }
}
