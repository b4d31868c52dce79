package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An access path the analysis tracks: a field of {@code this}, a static field, a field of another
 * instance held in a local ({@code other.f}), or a local variable.
 */
public final class Place {

  /** How the place is reached. */
  public enum Kind {
    THIS_FIELD,
    STATIC_FIELD,
    OTHER_FIELD,
    LOCAL,
    /**
     * Not a place of the program: the value a field of {@code this} had where the body started, for
     * as long as the body has not assigned it. A flag that vouches for it at the start is a
     * hypothesis (spec 8 across methods, policy {@code FlagInvariants}).
     */
    ENTRY_GHOST
  }

  private final Kind kind;
  private final VarSymbol variable;
  private final @Nullable VarSymbol receiver;
  // Places are keys of every store and flag fact: hashed often, so once.
  private final int hash;

  private Place(Kind kind, VarSymbol variable, @Nullable VarSymbol receiver) {
    this.kind = kind;
    this.variable = variable;
    this.receiver = receiver;
    this.hash =
        (31 * kind.ordinal() + System.identityHashCode(variable)) * 31
            + System.identityHashCode(receiver);
  }

  public static Place thisField(VarSymbol field) {
    return new Place(Kind.THIS_FIELD, field, null);
  }

  public static Place staticField(VarSymbol field) {
    return new Place(Kind.STATIC_FIELD, field, null);
  }

  public static Place otherField(VarSymbol receiver, VarSymbol field) {
    return new Place(Kind.OTHER_FIELD, field, receiver);
  }

  public static Place entryGhostOf(VarSymbol field) {
    return new Place(Kind.ENTRY_GHOST, field, null);
  }

  public static Place local(VarSymbol local) {
    return new Place(Kind.LOCAL, local, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The variable that holds the object of an {@code other.f} place; null for another kind. */
  public @Nullable VarSymbol receiver() {
    return receiver;
  }

  /** The field or local variable itself. */
  public VarSymbol variable() {
    return variable;
  }

  public boolean isField() {
    return kind != Kind.LOCAL && kind != Kind.ENTRY_GHOST;
  }

  /** A field of the object or class the code runs on: what a body's summary records. */
  public boolean isOwnField() {
    return kind == Kind.THIS_FIELD || kind == Kind.STATIC_FIELD;
  }

  /** The name a reader sees: {@code cache}, or {@code other.cache} for another instance's. */
  public String displayName() {
    return kind == Kind.OTHER_FIELD
        ? Objects.requireNonNull(receiver).getSimpleName() + "." + variable.getSimpleName()
        : variable.getSimpleName().toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Place)) {
      return false;
    }
    Place other = (Place) o;
    return kind == other.kind && variable == other.variable && receiver == other.receiver;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return kind + ":" + displayName();
  }
}
