package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;

/**
 * Objects that a class's static initialisation builds before it assigns a static field that their
 * constructor stores (policy {@link NullCause.BuiltBeforeStaticInitialiser}): in {@code <clinit>}
 * of the class, or of a class of its nest whose static field the constructor stores, an {@code
 * invokespecial} of one of the class's constructors before the first {@code putstatic} of a static
 * field that the constructor stores straight in a tracked field ({@code aload_0; getstatic S;
 * putfield f}, the constructor's only store of {@code f}). The Error Prone check reads the same
 * from the source.
 */
final class EarlyStaticConstructions {

  private EarlyStaticConstructions() {}

  /** By instance field name: why objects built early hold it null. */
  static Map<String, List<NullCause>> in(
      JavaClass javaClass, ConstantPoolGen cpg, Set<String> trackedInstanceFields) {
    Map<String, List<NullCause>> found = new LinkedHashMap<>();
    if (trackedInstanceFields.isEmpty()) {
      return found;
    }
    String className = javaClass.getClassName();
    // By the class whose static field a constructor stores: by constructor signature, the tracked
    // fields it stores that class's static fields in.
    Map<String, Map<String, Map<String, String>>> copiesByClass = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() != null && Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        staticCopies(className, method, cpg, trackedInstanceFields)
            .forEach(
                (field, source) ->
                    copiesByClass
                        .computeIfAbsent(source.className(), c -> new HashMap<>())
                        .computeIfAbsent(method.getSignature(), s -> new HashMap<>())
                        .put(field, source.name()));
      }
    }
    copiesByClass.forEach(
        (holder, copiesBySignature) -> {
          // Only the class being initialised holds its own static field null meanwhile; another
          // file's class is left out, as Error Prone cannot see it.
          JavaClass initialising =
              holder.equals(className)
                  ? javaClass
                  : ClassLookup.sameTopLevel(className, holder)
                      ? ClassLookup.javaClass(holder)
                      : null;
          if (initialising != null) {
            builtEarly(initialising, className, copiesBySignature, found);
          }
        });
    return found;
  }

  /**
   * Adds to {@code found} the objects of {@code className} that the static initialisation of {@code
   * initialising} builds before it assigns a static field of its own that their constructor stores
   * ({@code copiesBySignature}: by constructor, field to static field).
   */
  private static void builtEarly(
      JavaClass initialising,
      String className,
      Map<String, Map<String, String>> copiesBySignature,
      Map<String, List<NullCause>> found) {
    Method initialisation = null;
    for (Method method : initialising.getMethods()) {
      if (Const.STATIC_INITIALIZER_NAME.equals(method.getName()) && method.getCode() != null) {
        initialisation = method;
      }
    }
    if (initialisation == null) {
      return;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(initialising);
    String holder = initialising.getClassName();
    LineOracle lines = new LineOracle(initialisation);
    InstructionHandle[] code =
        new InstructionList(initialisation.getCode().getCode()).getInstructionHandles();
    Map<String, Integer> firstStore = new HashMap<>();
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof PUTSTATIC store
          && holder.equals(store.getReferenceType(cpg).toString())) {
        firstStore.putIfAbsent(store.getFieldName(cpg), handle.getPosition());
      }
    }
    for (InstructionHandle handle : code) {
      if (!(handle.getInstruction() instanceof INVOKESPECIAL call)
          || !Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          || !className.equals(call.getReferenceType(cpg).toString())) {
        continue;
      }
      Map<String, String> copies = copiesBySignature.get(call.getSignature(cpg));
      if (copies == null) {
        continue;
      }
      String constructor =
          MethodNames.display(className, Const.CONSTRUCTOR_NAME, call.getSignature(cpg));
      copies.forEach(
          (field, source) -> {
            Integer assigned = firstStore.get(source);
            if (assigned != null && assigned > handle.getPosition()) {
              NullCause cause =
                  new NullCause.BuiltBeforeStaticInitialiser(
                      constructor,
                      source,
                      lines.lineOf(handle.getPosition()),
                      lines.lineOf(assigned));
              List<NullCause> causes = found.computeIfAbsent(field, f -> new ArrayList<>());
              if (!causes.contains(cause)) {
                causes.add(cause);
              }
            }
          });
    }
  }

  /** A static field, by its class and name. */
  private record StaticField(String className, String name) {}

  /**
   * The tracked fields that {@code constructor} stores a static field in, straight ({@code aload_0;
   * getstatic S; putfield f}) and nowhere else, by field name; none where it delegates to another
   * constructor of its class.
   */
  private static Map<String, StaticField> staticCopies(
      String className, Method constructor, ConstantPoolGen cpg, Set<String> tracked) {
    Map<String, StaticField> copies = new HashMap<>();
    Map<String, Integer> stores = new HashMap<>();
    InstructionHandle[] code =
        new InstructionList(constructor.getCode().getCode()).getInstructionHandles();
    for (int i = 0; i < code.length; i++) {
      if (code[i].getInstruction() instanceof INVOKESPECIAL call
          && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          && className.equals(call.getReferenceType(cpg).toString())) {
        // this(..) may delegate, and then the other constructor's stores are its own.
        return Map.of();
      }
      if (code[i].getInstruction() instanceof PUTFIELD store
          && className.equals(store.getReferenceType(cpg).toString())) {
        String field = store.getFieldName(cpg);
        stores.merge(field, 1, Integer::sum);
        if (tracked.contains(field)
            && i >= 2
            && code[i - 1].getInstruction() instanceof GETSTATIC read
            && code[i - 2].getInstruction() instanceof ALOAD self
            && self.getIndex() == 0) {
          copies.put(
              field,
              new StaticField(read.getReferenceType(cpg).toString(), read.getFieldName(cpg)));
        }
      }
    }
    copies.keySet().removeIf(field -> stores.getOrDefault(field, 0) != 1);
    return copies;
  }
}
