package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.Optional;

/**
 * Spec section 6: what a report tells the reader to do, and whether the engine may offer the fix
 * that initialises the field where it is declared.
 *
 * @param text the closing sentence of the message
 * @param fixAtDeclaration whether an initialiser at the declaration is the safe, natural fix
 */
public record Advice(String text, boolean fixAtDeclaration) {

  public static final Advice INITIALISE_AT_DECLARATION =
      new Advice("Initialise it where it is declared.", true);
  public static final Advice ASSIGN_OR_CHECK =
      new Advice("Assign it before this use, or check it for null.", false);

  /**
   * The advice for a use that {@code cause} leaves null; {@code field} and {@code owner} are the
   * field's facts and its class's, empty for a local or a class the engine cannot read.
   */
  public static Advice of(
      Policy policy, NullCause cause, Optional<FieldFacts> field, Optional<ClassFacts> owner) {
    if (cause instanceof NullCause.SuperConstructorCall) {
      return new Advice(
          "Do not call an overridable method from a constructor, or make that method check the field"
              + " for null.",
          false);
    }
    if (cause instanceof NullCause.StaticInitialisationOrder) {
      return new Advice(
          "Declare it before the code that uses it, or move that code into a holder class.", false);
    }
    if (cause instanceof NullCause.ResultMayBeNull) {
      return new Advice("Check the result for null before this use.", false);
    }
    if (cause instanceof NullCause.Deserialised) {
      return new Advice("Restore it in readObject, or initialise it lazily.", false);
    }
    if (cause instanceof NullCause.EscapedDuringConstruction) {
      return new Advice("Assign it before the constructor hands out the callback.", false);
    }
    if (cause instanceof NullCause.PassedNull passed) {
      return new Advice(NullArguments.advice(passed), false);
    }
    if (cause instanceof NullCause.ConstructedWithNull constructed) {
      return new Advice(
          "Pass an empty one instead of null at line "
              + constructed.callLine()
              + ", or check the field for null.",
          false);
    }
    if (cause instanceof NullCause.BuiltBeforeStaticInitialiser early) {
      return new Advice(
          "Declare `"
              + early.staticField()
              + "` above the initialiser at line "
              + early.creationLine()
              + ", or check the field for null.",
          false);
    }
    if (cause instanceof NullCause.BuiltBeforeAssigned early) {
      return new Advice(
          "Assign `"
              + early.sourceField()
              + "` before the object is built at line "
              + early.creationLine()
              + ", or check the field for null.",
          false);
    }
    if (cause instanceof NullCause.CopiedFromUnassigned copied) {
      return new Advice(
          "Store an empty one where `"
              + copied.sourceField()
              + "` of `"
              + copied.sourceClass()
              + "` is null, or check the field for null.",
          false);
    }
    if (field.isEmpty() || owner.isEmpty() || !isLeftUnassigned(cause)) {
      return ASSIGN_OR_CHECK;
    }
    Optional<BodyFacts> assigner = methodAssigning(owner.get(), field.get());
    if (assigner.isPresent()) {
      return assignedBy(assigner.get());
    }
    return !field.get().isFinal()
            && !field.get().hasInitializer()
            && policy.fixImplementation(field.get().declaredType()).isPresent()
        ? INITIALISE_AT_DECLARATION
        : ASSIGN_OR_CHECK;
  }

  private static boolean isLeftUnassigned(NullCause cause) {
    return cause instanceof NullCause.ConstructorLeavesUnassigned
        || cause instanceof NullCause.UnassignedBeforeHook
        || cause instanceof NullCause.NotYetAssignedInConstructor
        || cause instanceof NullCause.StaticInitLeavesUnassigned;
  }

  /**
   * A method other than a constructor that gives the field a value: an initialiser at the
   * declaration would be replaced there, losing what was written before it.
   */
  private static Optional<BodyFacts> methodAssigning(ClassFacts owner, FieldFacts field) {
    return owner.bodiesOfKind(BodyKind.METHOD).stream()
        .filter(method -> method.exit(field).mayBeNonNull())
        .findFirst();
  }

  private static Advice assignedBy(BodyFacts method) {
    String named = "`" + method.displayName() + "` assigns it";
    boolean lifecycle = !method.isPrivate() && !method.isStatic() && method.parameterCount() == 0;
    return new Advice(
        lifecycle
            ? named
                + ": call it before this use, or, if a framework calls it first, mark it"
                + " @PostConstruct (or name its annotation in the InitializerAnnotations option)."
            : named + ": call it before this use, or check the field for null.",
        false);
  }
}
