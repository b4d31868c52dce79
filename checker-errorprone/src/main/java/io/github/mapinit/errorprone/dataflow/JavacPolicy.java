package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.Messages;
import io.github.mapinit.policy.OptionKey;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.LazyPipelines;
import io.github.mapinit.policy.rules.Overriding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/** The shared {@link Policy}'s questions, answered with javac's symbols and types. */
public final class JavacPolicy {

  private final Policy policy;
  private final VisitorState state;
  private final Types types;
  private final List<Type> trackedTypes = new ArrayList<>();
  private final Map<TypeSymbol, Boolean> trackedCache = new LinkedHashMap<>();
  private final Map<TypeSymbol, Boolean> collectionCache = new LinkedHashMap<>();
  private final Map<String, Type> typesByName = new LinkedHashMap<>();

  public JavacPolicy(Policy policy, VisitorState state) {
    this.policy = policy;
    this.state = state;
    this.types = state.getTypes();
    for (String name : policy.trackedTypes()) {
      Type type = typeNamed(name);
      if (type != null) {
        trackedTypes.add(type);
      }
    }
  }

  /**
   * The option error for a tracked type the user named that is not a class on the compilation's
   * classpath (a misspelt or unqualified name would silently track nothing), or null.
   */
  public static @Nullable InvalidOptionException unknownTrackedType(
      Policy policy, VisitorState state) {
    for (String name : policy.userTrackedTypes()) {
      if (state.getTypeFromString(name) == null) {
        return new InvalidOptionException(
            Messages.CHECK_NAME + ":" + OptionKey.TRACKED_TYPES.errorProneName(),
            "\""
                + name
                + "\" is not a class on the compilation's classpath; want a fully qualified name");
      }
    }
    return null;
  }

  /** The engine-neutral policy these answers come from. */
  public Policy policy() {
    return policy;
  }

  /** Whether places of {@code type} are tracked: a subtype, by erasure, of a tracked type. */
  public boolean isTracked(@Nullable Type type) {
    if (type == null || type.isPrimitive() || type.tsym == null) {
      return false;
    }
    Boolean tracked = trackedCache.get(type.tsym);
    if (tracked == null) {
      tracked = isSubtypeOfTrackedType(types.erasure(type.tsym.type));
      trackedCache.put(type.tsym, tracked);
    }
    return tracked;
  }

  // Loops, not streams or lambdas, on the screens' path: each lambda costs a fresh compiler
  // process a class spun at its first use (issue 12).
  private boolean isSubtypeOfTrackedType(Type erased) {
    for (Type trackedType : trackedTypes) {
      if (types.isSubtype(erased, types.erasure(trackedType))) {
        return true;
      }
    }
    return false;
  }

  public AccessKind accessKind(Type receiverType, String methodName) {
    return policy.accessKind(methodName, isSubtypeOf(receiverType));
  }

  /** Whether {@code methodName} on a {@code receiverType} runs the lambdas passed to it at once. */
  public boolean runsCallbacksAtOnce(Type receiverType, String methodName) {
    return policy.runsCallbacksAtOnce(methodName, isSubtypeOf(receiverType));
  }

  /** Whether {@code type} is a stream pipeline (policy {@code LazyPipelines}). */
  public boolean isPipeline(@Nullable Type type) {
    return type != null && isSubtypeOf(type).test(LazyPipelines.PIPELINE_TYPE);
  }

  /** Whether {@code methodName} on a {@code receiverType} runs a lambda once per element. */
  public boolean runsCallbackPerElement(Type receiverType, String methodName) {
    return policy.runsCallbackPerElement(methodName, isSubtypeOf(receiverType));
  }

  /** Whether calling {@code methodName} runs exactly one of the lambdas passed to it. */
  public boolean runsOneOfCallbacks(Type receiverType, String methodName) {
    return policy.runsOneOfCallbacks(methodName, isSubtypeOf(receiverType));
  }

  /** Whether {@code method} is a test that gives the same answer each time. */
  public boolean isPureTest(MethodSymbol method) {
    return !method.isStatic()
        && policy.isPureTest(
            method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
  }

  /** Whether a call of {@code method} makes a collection that holds an element. */
  public boolean createsNonEmpty(MethodSymbol method) {
    // Most calls are no static factory: the cheap test first, on every chained call's receiver.
    if (!method.isStatic() || method.getParameters().isEmpty()) {
      return false;
    }
    boolean takesArray = method.isVarArgs();
    for (VarSymbol parameter : method.getParameters()) {
      takesArray |= parameter.type.getKind() == TypeKind.ARRAY;
    }
    return policy.createsNonEmpty(
        method.owner.getQualifiedName().toString(),
        method.getSimpleName().toString(),
        method.getParameters().size(),
        takesArray);
  }

  /** Whether a call of {@code method}, without arguments, makes an empty collection. */
  public boolean createsEmpty(MethodSymbol method) {
    return method.isStatic()
        && policy.createsEmpty(
            method.owner.getQualifiedName().toString(),
            method.getSimpleName().toString(),
            method.getParameters().size());
  }

  private Predicate<String> isSubtypeOf(Type receiverType) {
    Type erased = types.erasure(receiverType);
    return name -> {
      Type type = typeNamed(name);
      return type != null && types.isSubtype(erased, types.erasure(type));
    };
  }

  /** For a static method that the policy names as a null test: the result meaning non-null. */
  public Optional<Boolean> nullTestResult(Symbol method) {
    return method.isStatic()
        ? policy.nullTestResult(
            method.owner.getQualifiedName().toString(), method.getSimpleName().toString())
        : Optional.empty();
  }

  public boolean isTrueCheck(Symbol method) {
    return method.isStatic()
        && policy.isTrueCheck(
            method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
  }

  public boolean isNonNullCheck(Symbol method) {
    return method.isStatic()
        && policy.isNonNullCheck(
            method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
  }

  /**
   * Whether a framework assigns {@code field}: it carries an excluded field annotation, or its
   * class an external-init annotation.
   */
  public boolean isExternallyInitialised(VarSymbol field) {
    for (Attribute.Compound annotation : field.getRawAttributes()) {
      if (policy.isExcludedFieldAnnotation(qualifiedName(annotation))) {
        return true;
      }
    }
    for (Attribute.Compound annotation : field.owner.getRawAttributes()) {
      if (policy.isExternalInitAnnotation(qualifiedName(annotation))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether code in other files may assign {@code field}: it is neither private nor final, and
   * every class around it can be reached from outside the file.
   */
  public boolean mayBeAssignedInOtherFiles(VarSymbol field) {
    if ((field.flags() & (Flags.PRIVATE | Flags.FINAL)) != 0) {
      return false;
    }
    for (Symbol owner = field.owner; owner instanceof ClassSymbol; owner = owner.owner) {
      if ((owner.flags() & Flags.PRIVATE) != 0
          || ((ClassSymbol) owner).isDirectlyOrIndirectlyLocal()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code method} runs before every other method: an initializer or lifecycle method. */
  public boolean isInitializer(MethodSymbol method) {
    List<String> annotations = new ArrayList<>();
    for (Attribute.Compound annotation : method.getRawAttributes()) {
      annotations.add(annotation.type.tsym.getQualifiedName().toString());
    }
    List<String> declaringTypes = new ArrayList<>();
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
      declaringTypes.add(overridden.owner.getQualifiedName().toString());
    }
    return policy.isInitializerMethod(
        annotations, method.getSimpleName().toString(), declaringTypes);
  }

  /** The methods of supertypes that {@code method} overrides. */
  public Set<MethodSymbol> superMethods(MethodSymbol method) {
    return ASTHelpers.findSuperMethods(method, types);
  }

  /** Whether a subclass can override {@code method} (policy {@link Overriding}). */
  public static boolean isOverridable(MethodSymbol method) {
    return Overriding.isOverridable(
        method.isConstructor(),
        method.isStatic(),
        method.isPrivate(),
        (method.flags() & Flags.FINAL) != 0,
        (method.owner.flags() & Flags.FINAL) != 0);
  }

  /** Whether {@code method} carries an annotation that says only tests call it. */
  public boolean isForTesting(MethodSymbol method) {
    for (Attribute.Compound annotation : method.getRawAttributes()) {
      if (policy.isForTestingAnnotation(annotation.type.tsym.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code method} is an instance method that a supertype declares. */
  public boolean overridesSupertype(MethodSymbol method) {
    return !method.isStatic()
        && !method.isConstructor()
        && !ASTHelpers.findSuperMethods(method, types).isEmpty();
  }

  /** Whether {@code symbol} or an element enclosing it is marked as generated code. */
  public boolean isGenerated(Symbol symbol) {
    for (Symbol s = symbol; s != null; s = s.owner) {
      if (hasAnnotation(s, policy::isGeneratedAnnotation)) {
        return true;
      }
    }
    return false;
  }

  public boolean isSerializable(ClassSymbol type) {
    return isSubtype(type.type, JavaSemantics.SERIALIZABLE);
  }

  public boolean isExternalizable(ClassSymbol type) {
    return isSubtype(type.type, JavaSemantics.EXTERNALIZABLE);
  }

  /** The qualified name of {@code type}'s erasure. */
  public String erasedName(Type type) {
    return types.erasure(type).tsym.getQualifiedName().toString();
  }

  /** Whether {@code method}, declared in {@code origin}, overrides {@code overridden}. */
  public boolean overrides(MethodSymbol method, MethodSymbol overridden, ClassSymbol origin) {
    // javac's overrides() compares signatures only; the names are the caller's to check.
    return method != overridden
        && method.name == overridden.name
        && method.overrides(overridden, origin, types, true);
  }

  /** Whether {@code type} is a collection or a map (policy {@code CollectionEmptiness}). */
  public boolean isCollection(Type type) {
    if (type.isPrimitive() || type.tsym == null) {
      return false;
    }
    Boolean collection = collectionCache.get(type.tsym);
    if (collection == null) {
      collection = false;
      for (String name : CollectionEmptiness.TYPES) {
        collection |= isSubtype(type, name);
      }
      collectionCache.put(type.tsym, collection);
    }
    return collection;
  }

  /**
   * Whether {@code type} is a {@code java.util.Map} (policy {@code NullableResults.missesEntry}).
   */
  public boolean isMap(Type type) {
    return !type.isPrimitive() && type.tsym != null && isSubtype(type, "java.util.Map");
  }

  private boolean isSubtype(Type type, String name) {
    Type other = typeNamed(name);
    return other != null && types.isSubtype(types.erasure(type), types.erasure(other));
  }

  /** The class to instantiate in a suggested initialiser for a field of {@code declared}. */
  public @Nullable String fixImplementation(Type declared) {
    return policy.fixImplementation(erasedName(declared)).orElse(null);
  }

  private static boolean hasAnnotation(Symbol symbol, Predicate<String> wanted) {
    for (Attribute.Compound annotation : symbol.getRawAttributes()) {
      if (wanted.test(qualifiedName(annotation))) {
        return true;
      }
    }
    return false;
  }

  private static String qualifiedName(Attribute.Compound annotation) {
    return annotation.type.tsym.getQualifiedName().toString();
  }

  /** The type named {@code name}, remembered once found. */
  private @Nullable Type typeNamed(String name) {
    Type type = typesByName.get(name);
    if (type == null) {
      type = state.getTypeFromString(name);
      if (type != null) {
        typesByName.put(name, type);
      }
    }
    return type;
  }
}
