package io.github.mapinit.policy.facts;

import io.github.mapinit.policy.NullCause;
import java.util.List;

/**
 * One tracked field as an engine sees it.
 *
 * @param key identifies the field within its class (its name)
 * @param name the field's name
 * @param declaredType the declared type's qualified name, erased
 * @param declarationLine the line of its declaration, or 0 where the engine cannot know it
 * @param hasInitializer whether it is assigned at its declaration
 * @param externallyInitialised a framework or code outside the class is known to assign it
 * @param mayBeAssignedOutside code this engine cannot see may assign it (a non-private field of a
 *     class other files can reach, for an engine that sees one file)
 * @param completedByNestedCode code of the class's own nest assigns it other than on the running
 *     object: a nested Builder or a factory that completes the object it created, or a nested class
 * @param nullChecked the class compares it with null somewhere outside an assertion: it expects
 *     null at times
 * @param stateGate the state field whose tests gate every creation of the map ({@link
 *     io.github.mapinit.policy.rules.StateGates}), or empty
 * @param resetsOnOtherObjects where code sets the field to null on another object of the class
 *     ({@code session.attributes = null} in a static method, a nested class, another class): a
 *     reset of that object, spec 4, that every method may start after
 * @param constructedWithNull why objects may hold a null in the field from the start: the class's
 *     own code calls a constructor that stores its parameter in the field with {@code null} for it
 *     ({@link NullCause.ConstructedWithNull}), or a constructor copies into it a field of its
 *     argument that nothing assigns when that argument is built ({@link
 *     NullCause.CopiedFromUnassigned})
 */
public record FieldFacts(
    String key,
    String name,
    String declaredType,
    boolean isStatic,
    boolean isFinal,
    boolean isTransient,
    int declarationLine,
    boolean hasInitializer,
    boolean externallyInitialised,
    boolean mayBeAssignedOutside,
    boolean completedByNestedCode,
    boolean nullChecked,
    String stateGate,
    List<NullCause.ResetElsewhere> resetsOnOtherObjects,
    List<NullCause> constructedWithNull) {

  public FieldFacts {
    resetsOnOtherObjects = List.copyOf(resetsOnOtherObjects);
    constructedWithNull = List.copyOf(constructedWithNull);
  }

  /** Whether the class creates the map only in some states of another field. */
  public boolean isStateGated() {
    return !stateGate.isEmpty();
  }
}
