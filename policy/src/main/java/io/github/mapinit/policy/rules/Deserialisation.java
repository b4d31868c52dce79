package io.github.mapinit.policy.rules;

import static io.github.mapinit.policy.JavaSemantics.READ_OBJECT;
import static io.github.mapinit.policy.JavaSemantics.READ_RESOLVE;
import static io.github.mapinit.policy.JavaSemantics.WRITE_REPLACE;
import static java.util.stream.Collectors.toSet;

import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.List;
import java.util.Set;

/**
 * Spec section 4, "deserialisation": a transient field of a class that is deserialised without a
 * constructor is null in a deserialised instance unless the class restores it. It does when it
 * declares {@code writeReplace()} or {@code readResolve()} (the instance is never the deserialised
 * object); a {@code readObject} that assigns the field, never returns, or exists at all for a
 * {@code final} field (only reflection can restore one); or, in an abstract class, a non-private
 * method that assigns it for its subclasses' {@code readObject} to call.
 */
public final class Deserialisation {

  private Deserialisation() {}

  /**
   * Whether instances are deserialised without running a constructor that could assign their
   * fields: Serializable, but not Externalizable, a record or an enum.
   */
  public static boolean isDeserialisedWithoutConstructor(ClassFacts owner) {
    return isDeserialisedWithoutConstructor(
        owner.isSerializable(), owner.isExternalizable(), owner.isRecord(), owner.isEnum());
  }

  /** {@link #isDeserialisedWithoutConstructor(ClassFacts)} from the class's kinds. */
  public static boolean isDeserialisedWithoutConstructor(
      boolean serializable, boolean externalizable, boolean record, boolean isEnum) {
    return serializable && !externalizable && !record && !isEnum;
  }

  /** Whether {@code field} is null in a deserialised instance of {@code owner}. */
  public static boolean leavesNull(ClassFacts owner, FieldFacts field) {
    if (!field.isTransient() || field.isStatic()) {
      return false;
    }
    List<BodyFacts> methods = owner.bodiesOfKind(BodyKind.METHOD);
    if (restoredByDeclarations(
        isDeserialisedWithoutConstructor(owner),
        field.isFinal(),
        methods.stream().map(m -> m.name() + "/" + m.parameterCount()).collect(toSet()))) {
      return false;
    }
    for (BodyFacts method : methods) {
      if (restores(owner, method, field)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a transient instance field is restored in every deserialised instance whatever its
   * class's code does, as {@link #leavesNull} decides from the declarations alone: the class is not
   * deserialised without a constructor, or it declares {@code writeReplace()} or {@code
   * readResolve()}, or the field is final and the class declares a {@code readObject}. (Whether a
   * {@code readObject} or a helper assigns the field needs their code.)
   *
   * @param methods the methods the class declares, each as its name, a slash and its parameter
   *     count ({@code "readObject/1"})
   */
  public static boolean restoredByDeclarations(
      boolean deserialisedWithoutConstructor, boolean finalField, Set<String> methods) {
    return !deserialisedWithoutConstructor
        || methods.contains(WRITE_REPLACE + "/0")
        || methods.contains(READ_RESOLVE + "/0")
        || (finalField && methods.contains(READ_OBJECT + "/1"));
  }

  /**
   * Spec 8's promises in a deserialised instance, which runs no constructor but every method: the
   * class's code may keep "where the flag holds {@code value}, {@code field} is non-null", yet a
   * deserialised instance breaks it where it leaves the field null ({@link #leavesNull}) and the
   * flag can hold {@code value}. A flag that is a transient field of its own holds what its default
   * value says (false, null, 0) unless a {@code readObject} may assign it; any other flag (a
   * serialised field, a test of one) may hold either value.
   *
   * @param flagIsTransientField whether the flag is a transient field itself, not a test of one
   * @param flagAtDefault what the flag says where its field holds its default (a counter at 0:
   *     true)
   */
  public static boolean keepsPromise(
      ClassFacts owner,
      String field,
      boolean flagIsTransientField,
      boolean flagAtDefault,
      boolean value) {
    FieldFacts vouched =
        owner.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
    if (vouched == null || !leavesNull(owner, vouched)) {
      return true;
    }
    boolean readObject =
        owner.bodiesOfKind(BodyKind.METHOD).stream()
            .anyMatch(m -> m.name().equals(READ_OBJECT) && m.parameterCount() == 1);
    return flagIsTransientField && !readObject && flagAtDefault != value;
  }

  private static boolean restores(ClassFacts owner, BodyFacts method, FieldFacts field) {
    if (method.name().equals(READ_OBJECT) && method.parameterCount() == 1) {
      return !method.returnsNormally() || method.alwaysAssigns(field);
    }
    return owner.isAbstract()
        && !method.isPrivate()
        && !method.isStatic()
        && method.alwaysAssigns(field);
  }
}
