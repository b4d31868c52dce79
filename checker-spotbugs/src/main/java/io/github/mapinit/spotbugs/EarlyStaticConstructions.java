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
 * constructor stores (policy {@link NullCause.BuiltBeforeStaticInitialiser}): in {@code <clinit>},
 * an {@code invokespecial} of one of the class's constructors before the first {@code putstatic} of
 * a static field that the constructor stores straight in a tracked field ({@code aload_0; getstatic
 * S; putfield f}, the constructor's only store of {@code f}). The Error Prone check reads the same
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
    Map<String, Map<String, String>> copiesBySignature = new HashMap<>();
    Method initialisation = null;
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      if (Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        Map<String, String> copies = staticCopies(className, method, cpg, trackedInstanceFields);
        if (!copies.isEmpty()) {
          copiesBySignature.put(method.getSignature(), copies);
        }
      } else if (Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
        initialisation = method;
      }
    }
    if (initialisation == null || copiesBySignature.isEmpty()) {
      return found;
    }
    LineOracle lines = new LineOracle(initialisation);
    InstructionHandle[] code =
        new InstructionList(initialisation.getCode().getCode()).getInstructionHandles();
    Map<String, Integer> firstStore = new HashMap<>();
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof PUTSTATIC store
          && className.equals(store.getReferenceType(cpg).toString())) {
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
    return found;
  }

  /**
   * The tracked fields that {@code constructor} stores a static field of its class in, straight
   * ({@code aload_0; getstatic S; putfield f}) and nowhere else, by field name; none where it
   * delegates to another constructor of its class.
   */
  private static Map<String, String> staticCopies(
      String className, Method constructor, ConstantPoolGen cpg, Set<String> tracked) {
    Map<String, String> copies = new HashMap<>();
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
            && className.equals(read.getReferenceType(cpg).toString())
            && code[i - 2].getInstruction() instanceof ALOAD self
            && self.getIndex() == 0) {
          copies.put(field, read.getFieldName(cpg));
        }
      }
    }
    copies.keySet().removeIf(field -> stores.getOrDefault(field, 0) != 1);
    return copies;
  }
}
