package io.github.mapinit.policy;

import java.util.Map;

/**
 * Why a place may still be null where it is used: the start of the path and what happened on it, in
 * words. Lines are source lines; a line of 0 or less is unknown and left out.
 *
 * <p>A field's declaration line is kept as a fact but left out of the words: bytecode has no line
 * for a field declaration, so SpotBugs cannot name it, and both engines must word the same finding
 * the same way ("it is declared without an initialiser", "it is transient").
 */
public sealed interface NullCause {

  /** The clause that follows "may be null here: ". */
  String describe();

  /** What an assignment on a cause's path gave the place. */
  enum AssignedValue {
    /** The {@code null} literal, or a value null on every path to the assignment. */
    NULL,
    /** A value null on some paths ({@code c ? x : null}, a helper that may return null). */
    MAYBE_NULL,
    /**
     * A map's entry ({@code regions.get(name)}), null for a key the map does not hold (policy
     * {@code NullableResults.missesEntry}): whether it is missing is data the engines do not see.
     */
    MISSING_ENTRY;

    /** {@link #NULL} or {@link #MAYBE_NULL}. */
    public static AssignedValue of(boolean definitelyNull) {
      return definitelyNull ? NULL : MAYBE_NULL;
    }
  }

  /** A cause whose path goes through an assignment of null, or of a value that may be null. */
  sealed interface Assignment extends NullCause {
    /** The assignment's line, 0 or less where unknown. */
    int assignmentLine();

    /** What the assignment gave the place. */
    AssignedValue value();
  }

  /** An instance field that a constructor can leave unassigned. */
  record ConstructorLeavesUnassigned(int declarationLine, String constructor, int constructorLine)
      implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser()
          + ", and "
          + constructorPhrase(constructor, constructorLine)
          + " can return without assigning it";
    }
  }

  /**
   * An instance field that a constructor of its class can leave unassigned, used in a hook of a
   * subclass (policy {@code Hooks}): the hook meets that null only where the supertype's code calls
   * it before assigning the field, in the order that code decides.
   */
  record UnassignedBeforeHook(int declarationLine, String constructor, int constructorLine)
      implements NullCause {
    @Override
    public String describe() {
      // The same words: what differs is the confidence, which the supertype's order decides.
      return new ConstructorLeavesUnassigned(declarationLine, constructor, constructorLine)
          .describe();
    }
  }

  /** A field used inside a constructor before that constructor assigns it. */
  record NotYetAssignedInConstructor(int declarationLine, String constructor, int constructorLine)
      implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser()
          + ", and "
          + constructorPhrase(constructor, constructorLine)
          + " has not assigned it yet";
    }
  }

  /**
   * Spec 4, this-escape: a constructor hands a lambda or method reference that uses the field to a
   * callee that may call it back before the constructor has assigned the field.
   */
  record EscapedDuringConstruction(NullCause notYetAssigned, String callee, int callLine)
      implements NullCause {
    @Override
    public String describe() {
      return notYetAssigned.describe()
          + " when it passes a callback that uses it to `"
          + callee
          + "`"
          + (callLine > 0 ? " at line " + callLine : "");
    }
  }

  /** A static field that the class's static initialisation does not assign. */
  record StaticInitLeavesUnassigned(int declarationLine, String className) implements NullCause {
    @Override
    public String describe() {
      return declaredWithoutInitialiser()
          + ", and the static initialisation of `"
          + className
          + "` does not assign it";
    }
  }

  /** A field set to null (or to a value that may be null) by another method. */
  record ResetElsewhere(int assignmentLine, String method, AssignedValue value)
      implements Assignment {
    public ResetElsewhere(int assignmentLine, String method, boolean definitelyNull) {
      this(assignmentLine, method, AssignedValue.of(definitelyNull));
    }

    @Override
    public String describe() {
      return setIn(value, assignmentLine, method) + ", which may run before this method";
    }
  }

  /**
   * A field that a method sets to null, used in a lambda, method reference, anonymous or local
   * class body that was kept to run later (a listener, a scheduled task): it meets the null only if
   * it still runs after that method.
   */
  record ResetBeforeCallback(int assignmentLine, String method, AssignedValue value)
      implements Assignment {
    public ResetBeforeCallback(int assignmentLine, String method, boolean definitelyNull) {
      this(assignmentLine, method, AssignedValue.of(definitelyNull));
    }

    @Override
    public String describe() {
      return setIn(value, assignmentLine, method) + ", after which this callback may still run";
    }
  }

  /**
   * A field that one hook of the class sets to null, used in another: both are methods a supertype
   * declares and calls, not public ({@code protected void end()} and {@code protected void
   * accept(Sale)} of a template method), so the order they run in is the supertype's.
   */
  record ResetByHook(int assignmentLine, String method, AssignedValue value) implements Assignment {
    public ResetByHook(int assignmentLine, String method, boolean definitelyNull) {
      this(assignmentLine, method, AssignedValue.of(definitelyNull));
    }

    @Override
    public String describe() {
      return setIn(value, assignmentLine, method) + ", which may run before this method";
    }
  }

  /** A field that a method sets to null, used by the same method when it is called again. */
  record ResetByEarlierCall(int assignmentLine, String method, AssignedValue value)
      implements Assignment {
    public ResetByEarlierCall(int assignmentLine, String method, boolean definitelyNull) {
      this(assignmentLine, method, AssignedValue.of(definitelyNull));
    }

    @Override
    public String describe() {
      return setTo(value, assignmentLine) + " by an earlier call of `" + method + "`";
    }
  }

  /**
   * The result of a call that may return null, dereferenced at once ({@code
   * scoreboardFor(mode).merge(..)}): a method of the class whose own body returns null on some
   * path, or a library call given null as its default (policy {@code NullableResults}, {@code
   * JavaSemantics.defaultParameter}). The place is the call itself, named by the method.
   *
   * @param method the method called, as messages name it: {@code scoreboardFor(GameMode)}
   */
  record ResultMayBeNull(String method) implements NullCause {
    @Override
    public String describe() {
      return "the call may return null";
    }
  }

  /** A place set to null (or to a value that may be null) earlier on the same path. */
  record AssignedNull(int assignmentLine, AssignedValue value) implements Assignment {
    public AssignedNull(int assignmentLine, boolean definitelyNull) {
      this(assignmentLine, AssignedValue.of(definitelyNull));
    }

    public boolean definitelyNull() {
      return value == AssignedValue.NULL;
    }

    @Override
    public String describe() {
      return setTo(value, assignmentLine);
    }
  }

  /**
   * A parameter that a call of the class's own code gives {@code null} (policy {@code
   * NullArguments}): {@code render(template, null)}; or, where {@code passedOn}, a parameter that
   * the call passes on from its own method, which was given null so.
   */
  record PassedNull(int callLine, boolean passedOn) implements NullCause {
    @Override
    public String describe() {
      String what = passedOn ? " passes on a null for it" : " passes null for it";
      return callLine > 0 ? "the call at line " + callLine + what : "a call of its class" + what;
    }
  }

  /**
   * A local variable that a private helper, which starts from its callers' states, sets to null and
   * leaves so on a path to the use ({@code Map<..> cors = null; if (origin != null) cors = ..;}):
   * whether a call takes that path depends on the arguments its callers pass.
   *
   * @param helper the helper, as messages name it: {@code headers(Request, Set)}
   */
  record LeftNullInHelper(int assignmentLine, String helper) implements NullCause {
    @Override
    public String describe() {
      return setTo(AssignedValue.NULL, assignmentLine);
    }
  }

  /**
   * A field that construction (a constructor, a field initialiser, or the class initialisation)
   * sets to null or to a maybe-null value, and which a later method may still find so.
   */
  record SetNullByInitialisation(int assignmentLine, AssignedValue value, boolean ofClass)
      implements Assignment {
    public SetNullByInitialisation(int assignmentLine, boolean definitelyNull, boolean ofClass) {
      this(assignmentLine, AssignedValue.of(definitelyNull), ofClass);
    }

    @Override
    public String describe() {
      return setTo(value, assignmentLine)
          + (ofClass ? " while the class is initialised" : " while the object is constructed");
    }
  }

  /**
   * A subclass field reached from a superclass constructor, through an overridable method: the
   * subclass's fields, initialisers included, are assigned only after {@code super(...)} returns.
   */
  record SuperConstructorCall(String superConstructor, int callLine, String overriddenMethod)
      implements NullCause {
    @Override
    public String describe() {
      return "it is still null when constructor `"
          + superConstructor
          + "` calls the overridden `"
          + overriddenMethod
          + "`"
          + atLine(callLine)
          + ": a subclass's fields, initialisers included, are assigned only after super(...)"
          + " returns";
    }
  }

  /**
   * A static field used while the class's static initialisation runs, before the initialiser that
   * assigns it: by an enum constant's constructor, or by an instance created above it.
   *
   * @param creator what runs too early: an enum constant's or a static field's name
   * @param enumConstant whether {@code creator} is an enum constant
   * @param creatorLine the line of the creator's declaration
   * @param initialiserLine the line of the static initialiser that assigns the field later
   */
  record StaticInitialisationOrder(
      String creator, boolean enumConstant, int creatorLine, int initialiserLine)
      implements NullCause {
    @Override
    public String describe() {
      String later = "before the static initialiser at line " + initialiserLine + " runs";
      return enumConstant
          ? "it is still null when enum constant `"
              + creator
              + "` is constructed"
              + atLine(creatorLine)
              + ": constants are created "
              + later
          : "it is still null when the initialiser of `"
              + creator
              + "`"
              + atLine(creatorLine)
              + " runs: static fields are initialised in textual order, "
              + later;
    }
  }

  /**
   * An instance field that a constructor assigns straight from its parameter, where the class's own
   * code calls that constructor with {@code null} for it, or with a local variable that it also
   * sets to {@code null}: the object it builds may hold a null map from the start.
   *
   * @param constructor the constructor that stores its parameter in the field
   * @param callLine the line of the {@code new} (or {@code this(...)}) that passes the value
   * @param fieldConstants the other fields that the constructor stores from its parameters and that
   *     the same call gives a constant, by name: an enum constant's simple name, or {@code true} or
   *     {@code false}
   * @param definitelyNull whether the call passes {@code null} itself, not a variable that may hold
   *     it
   */
  record ConstructedWithNull(
      String constructor, int callLine, Map<String, String> fieldConstants, boolean definitelyNull)
      implements NullCause {
    public ConstructedWithNull {
      fieldConstants = Map.copyOf(fieldConstants);
    }

    @Override
    public String describe() {
      return "constructor `"
          + constructor
          + "` stores its parameter in it, and is called with "
          + (definitelyNull ? "null" : "a value that may be null")
          + atLine(callLine);
    }
  }

  /**
   * An instance field that a constructor assigns straight from a field of another object that a
   * constructor of that object's class can leave unassigned: a field of its argument ({@code
   * this.headers = builder.headers;}), or a field that the caller passes ({@code new Request(url,
   * headers)} in a builder). The object is built with a null map unless something filled the
   * other's first (a builder's map created by its first {@code header(..)}).
   *
   * @param constructor the constructor that copies the field
   * @param sourceClass the simple name of the argument's class
   * @param sourceField the name of the argument's field
   * @param sourceNullChecked whether the argument's class tests its field for null: it expects it
   *     to be null at times
   */
  record CopiedFromUnassigned(
      String constructor, String sourceClass, String sourceField, boolean sourceNullChecked)
      implements NullCause {
    @Override
    public String describe() {
      return "constructor `"
          + constructor
          + "` stores in it the `"
          + sourceField
          + "` of a `"
          + sourceClass
          + "`, which a constructor of `"
          + sourceClass
          + "` can leave unassigned";
    }
  }

  /**
   * An instance field that a constructor stores its parameter in, built by a class's own
   * initialisation with a field of that class that is still unassigned there: {@code private final
   * Scope scope = new Scope(this.names);} above {@code private final Map<..> names = new
   * HashMap<>();}, or a constructor statement before the one that assigns it. Instance initialisers
   * and constructor statements run in textual order, so the object built there holds a null map.
   *
   * @param constructor the constructor that stores the parameter in the field
   * @param sourceField the name of the unassigned field passed to it
   * @param creationLine the line of the {@code new} that runs before the field is assigned
   */
  record BuiltBeforeAssigned(String constructor, String sourceField, int creationLine)
      implements NullCause {
    @Override
    public String describe() {
      return "constructor `"
          + constructor
          + "` stores in it the `"
          + sourceField
          + "` passed"
          + atLine(creationLine)
          + ", which is still null there: initialisers and constructor statements run in textual"
          + " order, and a later one assigns it";
    }
  }

  /**
   * An instance field that a constructor assigns straight from a static field of its class, where
   * the class's static initialisation builds an object before it assigns that static field ({@code
   * static final Table DEFAULT = new Table();} above {@code static Map<..> builtins = load();}):
   * the object built there holds a null map from the start.
   *
   * @param constructor the constructor that stores the static field in the field
   * @param staticField the name of the static field it stores
   * @param creationLine the line of the {@code new} that the static initialisation runs early
   * @param initialiserLine the line of the static initialiser that assigns the static field later
   */
  record BuiltBeforeStaticInitialiser(
      String constructor, String staticField, int creationLine, int initialiserLine)
      implements NullCause {
    @Override
    public String describe() {
      return "constructor `"
          + constructor
          + "` stores `"
          + staticField
          + "` in it, which is still null where the static initialisation builds an object"
          + atLine(creationLine)
          + ": static fields are initialised in textual order, before the static initialiser at"
          + " line "
          + initialiserLine
          + " runs";
    }
  }

  /** A transient field of a deserialised object: deserialisation runs no constructor for it. */
  record Deserialised(int declarationLine, String className) implements NullCause {
    @Override
    public String describe() {
      return "it is transient, so it is null in every deserialised `"
          + className
          + "`: neither readObject nor readResolve restores it";
    }
  }

  private static String setIn(AssignedValue value, int line, String method) {
    return setTo(value, line) + " in `" + method + "`";
  }

  private static String setTo(AssignedValue value, int line) {
    return switch (value) {
          case NULL -> "it is set to null";
          case MAYBE_NULL -> "it is set to a value that may be null";
          case MISSING_ENTRY -> "it is set to a map's entry (null for a missing key)";
        }
        + atLine(line);
  }

  private static String declaredWithoutInitialiser() {
    return "it is declared without an initialiser";
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
