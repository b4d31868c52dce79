package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.facts.ThisCall;
import io.github.mapinit.policy.rules.CorrelatedResets;
import io.github.mapinit.policy.rules.Overriding;
import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.jspecify.annotations.Nullable;

/**
 * Reads a class's engine-neutral {@link ClassFacts} from its bytecode, its method summaries and the
 * whole application's outside assignments, for the policy's rules to decide from.
 */
final class ClassFactsBuilder {

  private final Policy policy;
  private final TypeOracle types;
  private final OutsideAssignments outside;

  ClassFactsBuilder(Policy policy, TypeOracle types, OutsideAssignments outside) {
    this.policy = policy;
    this.types = types;
    this.outside = outside;
  }

  ClassFacts build(ClassModel model) {
    JavaClass javaClass = model.javaClass();
    String className = javaClass.getClassName();
    Map<Method, MethodSummary> summaries = model.summaries();
    boolean frameworkAssignsAll =
        Annotations.of(javaClass).stream().anyMatch(policy::isExternalInitAnnotation);
    List<FieldFacts> fields = new ArrayList<>();
    Map<FieldFacts, Place.FieldPlace> places = new LinkedHashMap<>();
    Set<String> trackedInstanceFields = new HashSet<>();
    for (Field declared : javaClass.getFields()) {
      if (!declared.isStatic() && types.isTrackedSignature(declared.getSignature())) {
        trackedInstanceFields.add(declared.getName());
      }
    }
    Map<String, String> stateGates =
        StateGateScan.in(
            javaClass, model.classContext().getConstantPoolGen(), trackedInstanceFields);
    Map<String, List<NullCause>> constructedWithNull =
        NullConstructorArguments.in(javaClass, model.classContext(), trackedInstanceFields, types);
    for (Field declared : javaClass.getFields()) {
      if (!types.isTrackedSignature(declared.getSignature())) {
        continue;
      }
      FieldKey key =
          new FieldKey(className, declared.getName(), declared.getSignature(), declared.isStatic());
      FieldFacts field =
          new FieldFacts(
              declared.getName(),
              declared.getName(),
              dottedName(declared.getSignature()),
              declared.isStatic(),
              declared.isFinal(),
              declared.isTransient(),
              0,
              false,
              frameworkAssignsAll
                  || outside.isAssignedOutside(key)
                  || Annotations.of(declared).stream().anyMatch(policy::isExcludedFieldAnnotation),
              // The whole application is in view: an assignment elsewhere is known.
              false,
              outside.isAssignedFromNest(key)
                  || model.assignedOnOtherObjects().contains(declared.getName()),
              model.isNullTested(key),
              stateGates.getOrDefault(declared.getName(), ""),
              declared.isStatic() ? List.of() : outside.resetsOnOtherObjects(key),
              constructedWithNull.getOrDefault(declared.getName(), List.of()));
      fields.add(field);
      places.put(
          field,
          new Place.FieldPlace(
              key.isStatic() ? Place.Receiver.STATIC : Place.Receiver.THIS, -1, key));
    }
    Map<String, Method> methodsByKey = new HashMap<>();
    Set<String> bridged = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      methodsByKey.put(methodKey(method), method);
      if ((method.getAccessFlags() & Const.ACC_BRIDGE) != 0) {
        bridged.add(method.getName());
      }
    }
    Set<String> superTypes = superTypesOf(className);
    List<BodyFacts> bodies = new ArrayList<>();
    for (Map.Entry<Method, MethodSummary> entry : summaries.entrySet()) {
      Method method = entry.getKey();
      List<String> annotations = Annotations.of(method);
      MethodSummary summary = entry.getValue();
      Map<String, FieldExit> exits = new LinkedHashMap<>();
      // A constructor or the class initialisation starts with its fields null, so its exit says
      // all; elsewhere a field only dereferenced is non-null at the exit without being assigned.
      boolean startsNull = kindOf(method) != BodyKind.METHOD && kindOf(method) != BodyKind.LAMBDA;
      places.forEach(
          (field, place) -> {
            if (startsNull || summary.assigned().contains(place)) {
              exits.put(
                  field.key(), exitOf(summary.exitState(place), summary.thrownOut().get(place)));
            }
          });
      bodies.add(
          new BodyFacts(
              methodKey(method),
              Const.CONSTRUCTOR_NAME.equals(method.getName())
                  ? MethodNames.simpleName(className)
                  : method.getName(),
              MethodNames.display(className, method.getName(), method.getSignature()),
              kindOf(method),
              new LineOracle(method).constructorLine(),
              method.getArgumentTypes().length,
              method.isPublic(),
              method.isPrivate(),
              method.isStatic(),
              method.isFinal(),
              policy.isInitializerMethod(annotations, method.getName(), superTypes),
              overridesSupertype(method, className, superTypes, bridged),
              annotations.stream().anyMatch(policy::isForTestingAnnotation),
              summary.returnsNormally(),
              exits,
              callsOnThis(className, summary, methodsByKey, javaClass.isFinal()),
              FieldCopies.onlyCopiedIn(
                  method, className, model.classContext().getConstantPoolGen()),
              NullTolerantSetters.skipsNullArgument(method),
              WithdrawnCallbacks.asksAbout(exits) || CorrelatedResets.asksAbout(exits)
                  ? CallbackHolders.fieldsAssigned(javaClass, method)
                  : Set.of(),
              WithdrawnCallbacks.asksAbout(exits) || CorrelatedResets.asksAbout(exits)
                  ? CallbackHolders.fieldsCalled(javaClass, method)
                  : Set.of()));
    }
    return new ClassFacts(
        MethodNames.simpleName(className),
        javaClass.isAbstract(),
        javaClass.isFinal(),
        javaClass.isEnum(),
        types.isSubtype(className, "java.lang.Record"),
        types.isSubtype(className, JavaSemantics.SERIALIZABLE),
        types.isSubtype(className, JavaSemantics.EXTERNALIZABLE),
        fields,
        bodies);
  }

  static String methodKey(Method method) {
    return method.getName() + method.getSignature();
  }

  private static BodyKind kindOf(Method method) {
    if (Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return BodyKind.CONSTRUCTOR;
    }
    if (Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
      return BodyKind.STATIC_INITIALIZER;
    }
    return method.isSynthetic() && method.getName().startsWith("lambda$")
        ? BodyKind.LAMBDA
        : BodyKind.METHOD;
  }

  /**
   * A field's state at a method's exit: a null entry atom means it may be unchanged; a concrete or
   * another object's value was assigned here.
   */
  private static FieldExit exitOf(PlaceState exit, @Nullable PlaceState thrownOut) {
    int bits = exit.bits();
    List<NullCause> assignedNulls = new ArrayList<>();
    if ((bits & Nullness.NULL) != 0) {
      assignedNulls.add(
          exit.cause() instanceof NullCause.AssignedNull
              ? exit.cause()
              : new NullCause.AssignedNull(0, false));
    }
    // An entry value that is non-null here (guarded, dereferenced) cannot be the start's null.
    List<NullCause> nullsLeftByThrow = new ArrayList<>();
    if (thrownOut != null
        && (thrownOut.bits() & Nullness.NULL) != 0
        && thrownOut.cause() instanceof NullCause.AssignedNull) {
      nullsLeftByThrow.add(thrownOut.cause());
    }
    return new FieldExit(
        (bits & Nullness.ENTRY_NULL) != 0,
        (bits & (Nullness.NONNULL | Nullness.AFTER)) != 0,
        assignedNulls,
        nullsLeftByThrow);
  }

  /** The calls of instance methods on {@code this} that the method makes, followed or not. */
  private static List<ThisCall> callsOnThis(
      String className,
      MethodSummary summary,
      Map<String, Method> methodsByKey,
      boolean classIsFinal) {
    List<ThisCall> calls = new ArrayList<>();
    summary
        .thisCalls()
        .forEach(
            (key, line) -> {
              Method target = methodsByKey.get(key);
              int parenthesis = key.indexOf('(');
              calls.add(
                  new ThisCall(
                      key,
                      MethodNames.display(
                          className, key.substring(0, parenthesis), key.substring(parenthesis)),
                      line,
                      // A method the class inherits is overridable as far as this class can tell.
                      target == null
                          || Overriding.isOverridable(
                              false,
                              target.isStatic(),
                              target.isPrivate(),
                              target.isFinal(),
                              classIsFinal)));
            });
    return calls;
  }

  private static String dottedName(String signature) {
    return signature.startsWith("L") && signature.endsWith(";")
        ? signature.substring(1, signature.length() - 1).replace('/', '.')
        : signature;
  }

  /**
   * Whether a supertype declares the instance method. A bridge of the same name ({@code bridged},
   * the class's bridge methods by name) stands for a generic supertype's method that the class
   * implements with narrower parameter types.
   */
  private static boolean overridesSupertype(
      Method method, String className, Set<String> superTypes, Set<String> bridged) {
    if (method.isStatic()
        || method.isPrivate()
        || method.isSynthetic()
        || Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return false;
    }
    for (String type : superTypes) {
      XClass xclass = type.equals(className) ? null : ClassLookup.xclass(type);
      XMethod declared =
          xclass == null ? null : xclass.findMethod(method.getName(), method.getSignature(), false);
      if (declared != null && !declared.isPrivate()) {
        return true;
      }
    }
    return bridged.contains(method.getName());
  }

  /** The class and all its supertypes that the class database can read. */
  private static Set<String> superTypesOf(String className) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(className));
    while (!work.isEmpty() && seen.size() < 256) {
      String current = work.pop();
      if (!seen.add(current)) {
        continue;
      }
      XClass xclass = ClassLookup.xclass(current);
      if (xclass == null) {
        continue;
      }
      List<ClassDescriptor> parents = new ArrayList<>(List.of(xclass.getInterfaceDescriptorList()));
      if (xclass.getSuperclassDescriptor() != null) {
        parents.add(xclass.getSuperclassDescriptor());
      }
      for (ClassDescriptor parent : parents) {
        work.push(parent.getDottedClassName());
      }
    }
    return seen;
  }
}
