package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/** Derives a class's {@link ClassFacts} from its method summaries, annotations and the outside. */
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
    Set<String> superTypes = superTypesOf(className);
    ClassFacts facts = new ClassFacts();
    noteConstructorHooks(javaClass, summaries, facts);
    for (Field declared : javaClass.getFields()) {
      if (!types.isTrackedSignature(declared.getSignature())) {
        continue;
      }
      FieldKey field = new FieldKey(className, declared.getName(), declared.getSignature(), declared.isStatic());
      Place.FieldPlace place =
          new Place.FieldPlace(field.isStatic() ? Place.Receiver.STATIC : Place.Receiver.THIS, -1, field);
      if (outside.isAssignedOutside(field)
          || Annotations.of(declared).stream().anyMatch(policy::isExternalInitAnnotation)) {
        facts.alwaysInitialised(field);
      }
      if (!field.isStatic() && declared.isTransient() && types.isSubtype(className, "java.io.Serializable")
          && !types.isSubtype(className, "java.io.Externalizable")
          && !restoredOnDeserialisation(javaClass, declared, summaries, place)) {
        facts.leftNullByDeserialisation(field, new NullCause.Deserialised(0, MethodNames.simpleName(className)));
      }
      boolean hasStaticInitializer = false;
      for (Map.Entry<Method, MethodSummary> entry : summaries.entrySet()) {
        Method method = entry.getKey();
        MethodSummary summary = entry.getValue();
        String methodKey = methodKey(method);
        boolean constructs =
            field.isStatic()
                ? Const.STATIC_INITIALIZER_NAME.equals(method.getName())
                : Const.CONSTRUCTOR_NAME.equals(method.getName());
        hasStaticInitializer |= field.isStatic() && constructs;
        if (!summary.returnsNormally()) {
          continue;
        }
        int bits = summary.exitState(place).bits();
        PlaceState exit = summary.exitState(place);
        if (constructs) {
          if (Nullness.mayBeNull(Nullness.substituteEntry(bits, Nullness.NULL))) {
            // A null the constructor assigned is the better account than "left unassigned".
            facts.leftNullByConstruction(
                field,
                exit.cause() instanceof NullCause.AssignedNull && (bits & Nullness.NULL) != 0
                    ? exit.cause()
                    : constructionCause(field, method, className));
          }
        } else if (isInitializer(method, superTypes) && (bits & Nullness.NONNULL) != 0) {
          facts.assignedByInitializer(field, methodKey);
        } else if ((bits & Nullness.NULL) != 0) {
          NullCause.AssignedNull assigned =
              exit.cause() instanceof NullCause.AssignedNull ? (NullCause.AssignedNull) exit.cause() : null;
          facts.resetBy(
              field,
              methodKey,
              new NullCause.ResetElsewhere(
                  assigned == null ? 0 : assigned.assignmentLine(),
                  MethodNames.display(className, method.getName(), method.getSignature()),
                  assigned != null && assigned.definitelyNull()));
        }
      }
      if (field.isStatic() && !hasStaticInitializer) {
        facts.leftNullByConstruction(field, new NullCause.StaticInitLeavesUnassigned(0, MethodNames.simpleName(className)));
      }
    }
    return facts;
  }

  /**
   * Spec 4: a constructor that calls an overridable method on {@code this}, in its own code or
   * through the private, final and static methods it calls, transitively.
   */
  private static void noteConstructorHooks(JavaClass javaClass, Map<Method, MethodSummary> summaries, ClassFacts facts) {
    Map<String, Method> methodsByKey = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      methodsByKey.put(methodKey(method), method);
    }
    for (Map.Entry<Method, MethodSummary> entry : summaries.entrySet()) {
      Method constructor = entry.getKey();
      if (!Const.CONSTRUCTOR_NAME.equals(constructor.getName())) {
        continue;
      }
      Set<Method> visited = new HashSet<>();
      Deque<Method> pending = new ArrayDeque<>(List.of(constructor));
      while (!pending.isEmpty()) {
        Method caller = pending.pop();
        MethodSummary summary = summaries.get(caller);
        if (!visited.add(caller) || summary == null) {
          continue;
        }
        for (Map.Entry<String, Integer> call : summary.thisCalls().entrySet()) {
          Method target = methodsByKey.get(call.getKey());
          if (target != null && (target.isPrivate() || target.isFinal() || target.isStatic())) {
            pending.push(target);
            continue;
          }
          int parenthesis = call.getKey().indexOf('(');
          String hook =
              MethodNames.display(
                  javaClass.getClassName(), call.getKey().substring(0, parenthesis), call.getKey().substring(parenthesis));
          facts.constructorCalls(
              call.getKey(),
              new NullCause.SuperConstructorCall(
                  MethodNames.display(javaClass.getClassName(), constructor.getName(), constructor.getSignature()),
                  call.getValue(),
                  hook));
        }
      }
    }
  }

  /**
   * Spec 4: whether the class restores the transient field, by the rules of {@link
   * JavaSemantics}: writeReplace or readResolve; a readObject that assigns it, never returns, or
   * exists at all for a final field; or, in an abstract class, a method that assigns it for its
   * subclasses' readObject to call.
   */
  private static boolean restoredOnDeserialisation(
      JavaClass javaClass, Field declared, Map<Method, MethodSummary> summaries, Place.FieldPlace place) {
    for (Map.Entry<Method, MethodSummary> entry : summaries.entrySet()) {
      Method method = entry.getKey();
      MethodSummary summary = entry.getValue();
      boolean assigns = (summary.exitState(place).bits() & Nullness.NONNULL) != 0;
      String key = methodKey(method);
      if (key.equals(JavaSemantics.READ_RESOLVE + "()Ljava/lang/Object;")
          || key.equals(JavaSemantics.WRITE_REPLACE + "()Ljava/lang/Object;")) {
        return true;
      }
      if (key.equals(JavaSemantics.READ_OBJECT + "(Ljava/io/ObjectInputStream;)V")) {
        if (declared.isFinal() || !summary.returnsNormally() || assigns) {
          return true;
        }
      } else if (javaClass.isAbstract()
          && !method.isPrivate()
          && !method.isStatic()
          && !Const.CONSTRUCTOR_NAME.equals(method.getName())
          && assigns) {
        return true;
      }
    }
    return false;
  }

  static String methodKey(Method method) {
    return method.getName() + method.getSignature();
  }

  private static NullCause constructionCause(FieldKey field, Method method, String className) {
    if (field.isStatic()) {
      return new NullCause.StaticInitLeavesUnassigned(0, MethodNames.simpleName(className));
    }
    return new NullCause.ConstructorLeavesUnassigned(
        0, MethodNames.display(className, method.getName(), method.getSignature()), new LineOracle(method).firstLine());
  }

  private boolean isInitializer(Method method, Set<String> superTypes) {
    if (Annotations.of(method).stream().anyMatch(policy::isInitializerAnnotation)) {
      return true;
    }
    for (String type : superTypes) {
      if (policy.isKnownInitializer(type, method.getName())) {
        return true;
      }
    }
    return false;
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
