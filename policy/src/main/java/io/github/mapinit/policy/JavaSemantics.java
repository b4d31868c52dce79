package io.github.mapinit.policy;

import java.util.Set;

/**
 * Facts of the Java language and platform that the ordering hazards depend on.
 *
 * <p>Deserialisation: a transient field of a class that is deserialised without a constructor is
 * null in a deserialised instance unless the class restores it: it declares {@code writeReplace()}
 * or {@code readResolve()} (the instance is never the deserialised object), or a {@code readObject}
 * that leaves the field non-null, never returns, or exists at all for a {@code final} field (only
 * reflection can restore one); or it is abstract and a non-private method assigns the field, for
 * its subclasses' {@code readObject} to call.
 */
public final class JavaSemantics {

  /** A class that is serialised by default, without running a constructor on its fields. */
  public static final String SERIALIZABLE = "java.io.Serializable";

  /** A class that is deserialised through its public no-argument constructor. */
  public static final String EXTERNALIZABLE = "java.io.Externalizable";

  /**
   * The method that restores a deserialised object's state: {@code readObject(ObjectInputStream)}.
   */
  public static final String READ_OBJECT = "readObject";

  /**
   * The name a constructor has in bytecode, and in the policy data's {@code <class> <method>}
   * lines.
   */
  public static final String CONSTRUCTOR = "<init>";

  /** The method that replaces a deserialised object: {@code readResolve()}. */
  public static final String READ_RESOLVE = "readResolve";

  /** The method that serialises another object in place of this one: {@code writeReplace()}. */
  public static final String WRITE_REPLACE = "writeReplace";

  /**
   * The exception types whose handler catches the NullPointerException of a dereference of null: a
   * {@code catch} of any other type (say {@code IllegalArgumentException}) is not reached from a
   * use that met a null, so on that edge the used place was non-null.
   */
  private static final java.util.Set<String> CATCH_NULL_POINTER_EXCEPTION =
      java.util.Set.of(
          "java.lang.Throwable",
          "java.lang.Exception",
          "java.lang.RuntimeException",
          "java.lang.NullPointerException");

  /** The wrapper classes whose {@code valueOf(primitive)} boxes a value. */
  private static final java.util.Set<String> WRAPPERS =
      java.util.Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  private JavaSemantics() {}

  /**
   * Whether a call is a boxing conversion, {@code Integer.valueOf(int)} and its kin, which javac
   * inserts for {@code m.put(key, 1)}: it takes any value of its primitive type, so it fails only
   * with a virtual machine error. An exception handler ({@code catch (IllegalArgumentException e)})
   * is not entered from it.
   */
  public static boolean boxingCannotFail(
      String className, String methodName, int parameterCount, boolean primitiveParameter) {
    return parameterCount == 1
        && primitiveParameter
        && methodName.equals("valueOf")
        && WRAPPERS.contains(className);
  }

  /**
   * Whether {@code className} is a wrapper class, whose values Java unboxes where a primitive is
   * needed: a null there throws without any call in the source.
   */
  public static boolean isWrapper(String className) {
    return WRAPPERS.contains(className);
  }

  /**
   * Whether a handler for {@code caughtTypes} (binary names; several for a multi-catch, none for
   * {@code finally}) can catch the NullPointerException that a dereference of null throws.
   */
  public static boolean catchesNullPointerException(java.util.Collection<String> caughtTypes) {
    return caughtTypes.isEmpty()
        || caughtTypes.stream().anyMatch(CATCH_NULL_POINTER_EXCEPTION::contains);
  }

  /**
   * Whether a call of a method of the running class can only fail with a virtual machine error: it
   * runs that class's own body, which no subclass replaces, and no exception leaves that body. An
   * exit through such a failure is not a path the analysis reports on, nor one that breaks a
   * promise ({@code map = null; clearFlag();} where {@code clearFlag()} only assigns a field).
   *
   * @param overridable whether a subclass may override the method
   * @param bodyMayThrow whether an exception may leave the method's body (unknown: true)
   */
  public static boolean ownCallCannotFail(boolean overridable, boolean bodyMayThrow) {
    return !overridable && !bodyMayThrow;
  }

  /**
   * Whether creating an object of {@code className} (a binary name) with a constructor that takes
   * arguments {@code variableArguments} of which are not compile-time constants can only fail with
   * a virtual machine error (out of memory): a platform class's constructor that declares no
   * exception and gets no input but constants. Given none, it has nothing to reject; given
   * constants, a constructor that rejected them would fail on every run, which the code's author
   * would have seen ({@code new LinkedHashMap<>(16, 0.75f, true)}, {@code super(16, 0.75f,
   * false)}). A {@code null} argument is no such constant: platform constructors reject it. An exit
   * through such a failure is not a path the analysis reports on, nor one that breaks a promise
   * ({@code new HashMap<>()} between a flag and its map).
   */
  public static boolean constructionCannotFail(
      String className, int variableArguments, boolean declaresExceptions) {
    return variableArguments == 0
        && !declaresExceptions
        && (className.startsWith("java.") || className.startsWith("javax."));
  }

  /**
   * Whether loading the class that a {@code new} names can only fail with a virtual machine error:
   * a platform class, or a class of the analysed code, whose static initialisation the analysis
   * reads on its own.
   */
  public static boolean classLoadingCannotFail(String className, boolean ofAnalysedCode) {
    return ofAnalysedCode || constructionCannotFail(className, 0, false);
  }

  /**
   * Whether creating an object of a named class of the analysed code can only fail with a virtual
   * machine error: its constructor calls a superclass constructor that cannot fail ({@link
   * #constructionCannotFail}) and otherwise only stores its arguments and constants in the new
   * object's own fields, and the class has no other initialisation ({@code BoundedMap(int max) {
   * super(16, 0.75f, false); this.max = max; }}).
   */
  public static boolean ownConstructionCannotFail(
      boolean superConstructionCannotFail, boolean onlyStoresArgumentsAndConstants) {
    return superConstructionCannotFail && onlyStoresArgumentsAndConstants;
  }

  /**
   * Whether a {@code switch} statement over an enum always runs one of its cases: its labels name
   * as many distinct constants as the enum has, as the analysis sees it, so no value falls out of
   * it (a null selector throws). A statement without {@code default} still falls out for a constant
   * added to the enum after its compilation; a reader of the code takes the constants it sees as
   * all there are.
   */
  public static boolean switchCoversEnum(int distinctConstantsNamed, int enumConstants) {
    return enumConstants > 0 && distinctConstantsNamed == enumConstants;
  }

  /**
   * Whether an instance method returning {@code boolean} is {@code equals(Object)}, whose contract
   * says that {@code x.equals(null)} is false: where a call returned true, its argument is not null
   * ({@code if (source.equals(cachedSource)) return;} leaves {@code cachedSource} non-null after
   * the return). String's {@code equalsIgnoreCase} says the same of its argument.
   *
   * @param parameterTypes the binary names of the method's parameter types
   */
  public static boolean trueOnlyForNonNullArgument(
      String methodName, java.util.List<String> parameterTypes, boolean isStatic) {
    if (isStatic || parameterTypes.size() != 1) {
      return false;
    }
    return (methodName.equals("equals") && parameterTypes.get(0).equals("java.lang.Object"))
        || (methodName.equals("equalsIgnoreCase")
            && parameterTypes.get(0).equals("java.lang.String"));
  }

  /**
   * The parameter whose value a library call returns when it has nothing of its own, or -1: {@code
   * Optional.orElse(other)} returns {@code other} for an empty optional, and a map's {@code
   * getOrDefault(key, defaultValue)} returns {@code defaultValue} for an absent key. Given {@code
   * null} there, the call may return null ({@code overrides = lookup(env).orElse(null);}).
   *
   * @param ownerClass the binary name of the class or interface the call names
   * @param receiverIsMap whether the call is made on a map of a tracked type
   */
  public static int defaultParameter(
      String ownerClass, String methodName, int parameterCount, boolean receiverIsMap) {
    if (ownerClass.equals("java.util.Optional")
        && methodName.equals("orElse")
        && parameterCount == 1) {
      return 0;
    }
    return receiverIsMap && methodName.equals("getOrDefault") && parameterCount == 2 ? 1 : -1;
  }

  /** The methods of {@code Optional} that run their function only on a present value, at once. */
  private static final Set<String> RUN_WHEN_PRESENT =
      Set.of("map", "flatMap", "filter", "ifPresent", "ifPresentOrElse");

  /**
   * Whether a library call runs the function it is given as argument {@code argumentIndex} only
   * where its receiver holds a value, before it returns: {@code source.map(s -> properties.size())}
   * reaches the lambda's body only where {@code source} is present, as {@code if
   * (source.isPresent())} would.
   *
   * @param ownerClass the binary name of the class the call names
   */
  public static boolean runsOnlyWhenPresent(
      String ownerClass, String methodName, int argumentIndex) {
    return ownerClass.equals("java.util.Optional")
        && argumentIndex == 0
        && RUN_WHEN_PRESENT.contains(methodName);
  }
}
