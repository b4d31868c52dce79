package io.github.mapinit.policy;

/**
 * Why a place may still be null where it is used: the start of the path and what happened on
 * it, in words. Lines are source lines; a line of 0 or less is unknown and left out.
 */
public sealed interface NullCause {

  /** The clause that follows "may be null here: ". */
  String describe();

  /** An instance field that a constructor can leave unassigned. */
  record ConstructorLeavesUnassigned(int declarationLine, String constructor, int constructorLine)
      implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser(declarationLine)
          + ", and "
          + constructorPhrase(constructor, constructorLine)
          + " can return without assigning it";
    }
  }

  /** A field used inside a constructor before that constructor assigns it. */
  record NotYetAssignedInConstructor(int declarationLine, String constructor, int constructorLine)
      implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser(declarationLine)
          + ", and "
          + constructorPhrase(constructor, constructorLine)
          + " has not assigned it yet";
    }
  }

  /** A static field that the class's static initialisation does not assign. */
  record StaticInitLeavesUnassigned(int declarationLine, String className) implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser(declarationLine)
          + ", and the static initialisation of `"
          + className
          + "` does not assign it";
    }
  }

  /** A field set to null (or to a value that may be null) by another method. */
  record ResetElsewhere(int assignmentLine, String method, boolean definitelyNull)
      implements NullCause {
    @Override
    public String describe() {
      return (definitelyNull ? "it is set to null" : "it is set to a value that may be null")
          + atLine(assignmentLine)
          + " in `"
          + method
          + "`, which may run before this method";
    }
  }

  /** A place set to null (or to a value that may be null) earlier on the same path. */
  record AssignedNull(int assignmentLine, boolean definitelyNull) implements NullCause {
    @Override
    public String describe() {
      return (definitelyNull ? "it is set to null" : "it is set to a value that may be null")
          + atLine(assignmentLine);
    }
  }

  private static String declaredWithoutInitialiser(int line) {
    return "it is declared" + atLine(line) + " without an initialiser";
  }

  private static String constructorPhrase(String constructor, int line) {
    return line > 0
        ? "constructor `" + constructor + "` (line " + line + ")"
        : "the implicit constructor `" + constructor + "`";
  }

  private static String atLine(int line) {
    return line > 0 ? " at line " + line : "";
  }
}
